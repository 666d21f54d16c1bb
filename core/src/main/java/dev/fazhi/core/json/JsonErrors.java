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
import dev.fazhi.core.Reason;
import dev.fazhi.core.ReportFormatException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's exceptions into {@link ReportFormatException}s that a person can act on. */
final class JsonErrors {

  /** Immutables' message for a missing required attribute: "... not set [title, level]". */
  private static final Pattern MISSING = Pattern.compile("required attributes? (?:are |is )?not set \\[([^\\]]{0,500})\\]");

  /** Jackson's words for the shape of a value, and the keys of ours. */
  private static final String[][] SHAPES = {
    {"String value", "type.string"}, {"Number value", "type.number"}, {"Integer value", "type.number"},
    {"Floating-point value", "type.number"}, {"Boolean value", "type.boolean"},
    {"Array value", "type.array"}, {"Object value", "type.object"}
  };

  private JsonErrors() {}

  static ReportFormatException translate(JsonProcessingException e, String source, Locale locale) {
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    String path;
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      path = path(mapping.getPath());
    } else {
      path = streamPath(e);
    }
    return new ReportFormatException(source, path, line, column, reason(e), locale, e);
  }

  private static Reason reason(JsonProcessingException e) {
    StreamConstraintsException limit = find(e, StreamConstraintsException.class);
    if (limit != null) {
      // Databind may wrap the parser's exception; the limit is the news either way.
      return Reason.of("json.sizeLimit", withoutSetting(firstLine(limit.getOriginalMessage())));
    }
    StreamReadException malformed = find(e, StreamReadException.class);
    if (malformed != null && !(malformed instanceof InputCoercionException)) {
      // Databind wraps a syntax error met while mapping; it is still a syntax error.
      return Reason.of("json.malformed", firstLine(malformed.getOriginalMessage()));
    }
    InputCoercionException coercion = find(e, InputCoercionException.class);
    if (coercion != null) {
      return outOfRange(firstLine(coercion.getOriginalMessage()));
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return Reason.of("json.unknownField", unknown.getPropertyName(), known(unknown.getKnownPropertyIds()));
    }
    if (e instanceof IgnoredPropertyException ignored) {
      return Reason.of("json.notAllowed", ignored.getPropertyName());
    }
    if (e instanceof InvalidTypeIdException typeId) {
      return typeId.getTypeId() == null
          ? Reason.of("json.kindMissing")
          : Reason.of("json.kindUnknown", typeId.getTypeId());
    }
    if (e instanceof InvalidFormatException format) {
      return Reason.of("json.invalidValue", quote(format.getValue()), typeName(format.getTargetType()),
          hint(format.getTargetType()));
    }
    if (e instanceof InvalidNullException) {
      return Reason.of("json.nullHere");
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
        return Reason.of(names.size() > 1 ? "json.missingFields" : "json.missingField", Reason.list(names));
      }
      if (cause instanceof NullPointerException) {
        return message.isEmpty() ? Reason.of("json.nullForField") : Reason.of("json.nullFor", message);
      }
      if (cause instanceof IllegalArgumentException || cause instanceof ArithmeticException) {
        return Reason.literal(firstLine(message));
      }
    }
    if (e instanceof MismatchedInputException mismatch) {
      Class<?> target = mismatch.getTargetType();
      String original = firstLine(e.getOriginalMessage());
      if (original.startsWith("Trailing token")) {
        return Reason.of("json.trailing");
      }
      if (original.contains("No content to map")) {
        return Reason.of("json.empty");
      }
      String found = found(mismatch);
      if (target == null) {
        return Reason.literal(original);
      }
      return found == null
          ? Reason.of("json.expectedDetail", typeName(target), hint(target), original)
          : Reason.of("json.expectedFound", typeName(target), hint(target), Reason.of(found));
    }
    if (e instanceof StreamReadException) {
      return Reason.of("json.malformed", firstLine(e.getOriginalMessage()));
    }
    // a DatabindException or anything else: Jackson's own words are all there is
    return Reason.literal(firstLine(e.getOriginalMessage()));
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
  private static Reason outOfRange(String message) {
    int open = message.indexOf('(');
    int close = open < 0 ? -1 : message.indexOf(')', open);
    if (close < 0) {
      return Reason.of("json.outOfRange", message);
    }
    String number = message.substring(open + 1, close);
    Reason range = Reason.literal("");
    int rangeOpen = message.indexOf('(', close);
    int rangeClose = rangeOpen < 0 ? -1 : message.indexOf(')', rangeOpen);
    if (rangeClose > 0) {
      String allowed = message.substring(rangeOpen + 1, rangeClose);
      int dash = allowed.indexOf(" - ");
      if (dash > 0) {
        range = Reason.of("json.allowed", allowed.substring(0, dash), allowed.substring(dash + 3));
      }
    }
    String shortened = number.length() > 60 ? number.substring(0, 60) + "…" : number;
    return Reason.of(number.startsWith("-") ? "json.tooSmall" : "json.tooLarge", shortened, range);
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
      case "START_ARRAY" -> "type.array";
      case "START_OBJECT" -> "type.object";
      case "VALUE_STRING" -> "type.string";
      case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "type.number";
      case "VALUE_TRUE", "VALUE_FALSE" -> "type.boolean";
      case "VALUE_NULL" -> "type.null";
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

  private static Reason known(Collection<Object> ids) {
    if (ids == null || ids.isEmpty()) {
      return Reason.of("json.noneKnown");
    }
    List<String> names = new ArrayList<>();
    for (Object id : ids) {
      names.add(String.valueOf(id));
    }
    names.sort(null);
    return Reason.literal(String.join(", ", names));
  }

  private static String quote(Object value) {
    return value instanceof String ? "'" + value + "'" : String.valueOf(value);
  }

  private static Reason typeName(Class<?> type) {
    if (type == null) {
      return Reason.of("type.thisField");
    }
    if (type.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        names.add(constant.toString());
      }
      return Reason.of("type.oneOf", Reason.literal(String.join(", ", names)));
    }
    return switch (type.getSimpleName()) {
      case "long", "Long", "int", "Integer", "OptionalInt", "OptionalLong" -> Reason.of("type.wholeNumber");
      case "BigDecimal" -> Reason.of("type.decimal");
      case "LocalDate" -> Reason.of("type.date");
      case "String" -> Reason.of("type.string");
      case "boolean", "Boolean" -> Reason.of("type.boolean");
      default -> type.getName().startsWith("dev.fazhi.core.model.") || type.isInterface()
          ? Reason.of("type.object") : Reason.of("type.other", type.getSimpleName());
    };
  }

  private static Reason hint(Class<?> type) {
    if (type != null && "LocalDate".equals(type.getSimpleName())) {
      return Reason.of("json.dateHint");
    }
    return Reason.literal("");
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
