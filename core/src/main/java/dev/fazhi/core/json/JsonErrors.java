package dev.fazhi.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.fazhi.core.ReportFormatException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's exceptions into {@link ReportFormatException}s that a person can act on. */
final class JsonErrors {

  /** Immutables' message for a missing required attribute: "... not set [title, level]". */
  private static final Pattern MISSING = Pattern.compile("required attributes? (?:are |is )?not set \\[([^\\]]{0,500})\\]");

  /** Jackson's words for the shape of a value, and ours. */
  private static final String[][] SHAPES = {
    {"String value", "a string"}, {"Number value", "a number"}, {"Integer value", "a number"},
    {"Floating-point value", "a number"}, {"Boolean value", "true or false"},
    {"Array value", "an array"}, {"Object value", "an object"}
  };

  private JsonErrors() {}

  static ReportFormatException translate(JsonProcessingException e, String source) {
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    String path;
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      path = path(mapping.getPath());
    } else {
      path = streamPath(e);
    }
    return new ReportFormatException(source, path, line, column, reason(e), e);
  }

  private static String reason(JsonProcessingException e) {
    StreamConstraintsException limit = find(e, StreamConstraintsException.class);
    if (limit != null) {
      // Databind may wrap the parser's exception; the limit is the news either way.
      return "input exceeds a size limit: " + withoutSetting(firstLine(limit.getOriginalMessage()));
    }
    StreamReadException malformed = find(e, StreamReadException.class);
    if (malformed != null && !(malformed instanceof InputCoercionException)) {
      // Databind wraps a syntax error met while mapping; it is still a syntax error.
      return "malformed JSON: " + firstLine(malformed.getOriginalMessage());
    }
    InputCoercionException coercion = find(e, InputCoercionException.class);
    if (coercion != null) {
      return outOfRange(firstLine(coercion.getOriginalMessage()));
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown field '" + unknown.getPropertyName() + "'; known fields here: "
          + known(unknown.getKnownPropertyIds());
    }
    if (e instanceof IgnoredPropertyException ignored) {
      return "field '" + ignored.getPropertyName() + "' is not allowed here";
    }
    if (e instanceof InvalidTypeIdException typeId) {
      return typeId.getTypeId() == null
          ? "a metric needs a 'kind': one of TASK_COMPLETION, RATE, BREAKDOWN, SUBSET, COUNT, AMOUNT"
          : "unknown metric kind '" + typeId.getTypeId()
              + "': expected one of TASK_COMPLETION, RATE, BREAKDOWN, SUBSET, COUNT, AMOUNT";
    }
    if (e instanceof InvalidFormatException format) {
      return "invalid value " + quote(format.getValue()) + " for " + typeName(format.getTargetType())
          + hint(format.getTargetType());
    }
    if (e instanceof InvalidNullException) {
      return "null is not allowed here";
    }
    if (e instanceof ValueInstantiationException || e instanceof JsonMappingException && e.getCause() != null) {
      Throwable cause = rootCause(e);
      String message = cause.getMessage() == null ? "" : cause.getMessage();
      Matcher missing = MISSING.matcher(message);
      if (missing.find()) {
        List<String> names = new ArrayList<>();
        for (String name : missing.group(1).split(",")) {
          names.add("'" + name.trim() + "'");
        }
        return "missing required field" + (names.size() > 1 ? "s " : " ") + String.join(", ", names);
      }
      if (cause instanceof NullPointerException) {
        return "null is not allowed for " + (message.isEmpty() ? "this field" : "'" + message + "'");
      }
      if (cause instanceof IllegalArgumentException || cause instanceof ArithmeticException) {
        return firstLine(message);
      }
    }
    if (e instanceof MismatchedInputException mismatch) {
      Class<?> target = mismatch.getTargetType();
      String original = firstLine(e.getOriginalMessage());
      if (original.startsWith("Trailing token")) {
        return "unexpected content after the report object";
      }
      if (original.contains("No content to map")) {
        return "empty input: expected a JSON object";
      }
      String found = found(mismatch);
      if (target == null) {
        return original;
      }
      return "expected " + typeName(target) + hint(target)
          + (found == null ? " (" + original + ")" : ", found " + found);
    }
    if (e instanceof StreamReadException) {
      return "malformed JSON: " + firstLine(e.getOriginalMessage());
    }
    if (e instanceof DatabindException) {
      return firstLine(e.getOriginalMessage());
    }
    return firstLine(e.getOriginalMessage());
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  /** Drops Jackson's pointer to its own setting: "…(1000000, from `StreamReadConstraints…`)". */
  private static String withoutSetting(String message) {
    int from = message.indexOf(", from `");
    if (from < 0) {
      return message;
    }
    int end = message.indexOf("`)", from);
    return message.substring(0, from) + ")" + (end < 0 ? "" : message.substring(end + 2));
  }

  /**
   * Rewords "Numeric value (123…) out of range of int (-2147483648 - 2147483647)" without a regular
   * expression: the number is the text between the first pair of brackets.
   */
  private static String outOfRange(String message) {
    int open = message.indexOf('(');
    int close = open < 0 ? -1 : message.indexOf(')', open);
    if (close < 0) {
      return "number out of range: " + message;
    }
    String number = message.substring(open + 1, close);
    String range = "";
    int rangeOpen = message.indexOf('(', close);
    int rangeClose = rangeOpen < 0 ? -1 : message.indexOf(')', rangeOpen);
    if (rangeClose > 0) {
      range = " (allowed: " + message.substring(rangeOpen + 1, rangeClose).replace(" - ", " to ") + ")";
    }
    String shortened = number.length() > 60 ? number.substring(0, 60) + "…" : number;
    return "number " + shortened + " is too " + (number.startsWith("-") ? "small" : "large")
        + " for a whole number here" + range;
  }

  /**
   * What stood where a value had the wrong shape, in words. The parser is closed by then, so this
   * reads Jackson's message: "... from Array value (token `JsonToken.START_ARRAY`)".
   */
  private static String found(MismatchedInputException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    int at = message.indexOf("JsonToken.");
    if (at < 0) {
      for (String[] shape : SHAPES) {
        if (message.contains("from " + shape[0]) || message.contains("coerce " + shape[0])) {
          return shape[1];
        }
      }
      return null;
    }
    int end = at + "JsonToken.".length();
    while (end < message.length() && (Character.isUpperCase(message.charAt(end)) || message.charAt(end) == '_')) {
      end++;
    }
    return switch (message.substring(at + "JsonToken.".length(), end)) {
      case "START_ARRAY" -> "an array";
      case "START_OBJECT" -> "an object";
      case "VALUE_STRING" -> "a string";
      case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
      case "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
      case "VALUE_NULL" -> "null";
      default -> null;
    };
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static String known(Collection<Object> ids) {
    if (ids == null || ids.isEmpty()) {
      return "none";
    }
    List<String> names = new ArrayList<>();
    for (Object id : ids) {
      names.add(String.valueOf(id));
    }
    names.sort(null);
    return String.join(", ", names);
  }

  private static String quote(Object value) {
    return value instanceof String ? "'" + value + "'" : String.valueOf(value);
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "this field";
    }
    if (type.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        names.add(constant.toString());
      }
      return "one of " + String.join(", ", names);
    }
    return switch (type.getSimpleName()) {
      case "long", "Long", "int", "Integer", "OptionalInt", "OptionalLong" -> "a whole number";
      case "BigDecimal" -> "a decimal number written as a string, such as \"46.2\"";
      case "LocalDate" -> "a date";
      case "String" -> "a string";
      case "boolean", "Boolean" -> "true or false";
      default -> type.getName().startsWith("dev.fazhi.core.model.") || type.isInterface()
          ? "an object" : "a " + type.getSimpleName();
    };
  }

  private static String hint(Class<?> type) {
    if (type != null && "LocalDate".equals(type.getSimpleName())) {
      return " (ISO form, such as \"2020-04-09\")";
    }
    return "";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder out = new StringBuilder("$");
    for (JsonMappingException.Reference reference : references) {
      if (reference.getIndex() >= 0) {
        out.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getFieldName() != null) {
        appendField(out, reference.getFieldName());
      }
    }
    return out.toString();
  }

  private static String streamPath(JsonProcessingException e) {
    if (!(e.getProcessor() instanceof JsonParser parser)) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
        context = context.getParent()) {
      if (context.inArray()) {
        parts.add("[" + Math.max(context.getCurrentIndex(), 0) + "]");
      } else if (context.inObject() && context.getCurrentName() != null) {
        StringBuilder field = new StringBuilder();
        appendField(field, context.getCurrentName());
        parts.add(field.toString());
      }
    }
    StringBuilder out = new StringBuilder("$");
    for (int i = parts.size() - 1; i >= 0; i--) {
      out.append(parts.get(i));
    }
    return out.toString();
  }

  private static void appendField(StringBuilder out, String name) {
    if (name.matches("[A-Za-z_][A-Za-z0-9_]{0,200}")) {
      out.append('.').append(name);
    } else {
      out.append("['").append(name.replace("'", "\\'")).append("']");
    }
  }
}
