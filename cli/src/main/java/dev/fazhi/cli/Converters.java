package dev.fazhi.cli;

import dev.fazhi.validation.Severity;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option-value converters whose complaints are in the user's language. */
final class Converters {

  private Converters() {}

  /** A converter whose only complaint is a {@link BadValue}. */
  @FunctionalInterface
  interface Converter<T> extends ITypeConverter<T> {
    @Override
    T convert(String value);
  }

  /**
   * Registers every converter on a command line and its subcommands.
   *
   * @param commandLine the command line
   * @param messages the language of the error messages
   */
  static void registerAll(CommandLine commandLine, Messages messages) {
    commandLine.registerConverter(OutputFormat.class, enumOf(OutputFormat.class, messages, "text|json|sarif"));
    commandLine.registerConverter(RulesCommand.Format.class,
        enumOf(RulesCommand.Format.class, messages, "text|json"));
    commandLine.registerConverter(FailOn.class, enumOf(FailOn.class, messages, "error|warning|info|never"));
    commandLine.registerConverter(SeverityOverride.class, value -> severityOverride(value, messages));
    commandLine.registerConverter(Locale.class, value -> locale(value, messages));
    commandLine.registerConverter(MonthDay.class, value -> monthDay(value, messages));
  }

  static <E extends Enum<E>> Converter<E> enumOf(Class<E> type, Messages messages, String choices) {
    return value -> {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(value.trim())) {
          return constant;
        }
      }
      throw new BadValue(messages.format("option.bad-choice", value, choices));
    };
  }

  /**
   * Parses {@code zh-CN}, {@code zh_CN}, {@code zh}, {@code en}, {@code en-US} and the like.
   *
   * @param value the option value
   * @param messages the language of the complaint
   * @return zh-CN or en
   */
  static Locale locale(String value, Messages messages) {
    String tag = value.trim().replace('_', '-');
    Locale locale = Locale.forLanguageTag(tag);
    String language = locale.getLanguage();
    if ("zh".equals(language) || "en".equals(language)) {
      return Messages.supported(locale);
    }
    throw new BadValue(messages.format("option.bad-locale", value));
  }

  /**
   * Parses a month and day written {@code MM-DD}, such as {@code 03-01}.
   *
   * @param value the option value
   * @param messages the language of the complaint
   * @return the month and day
   */
  static MonthDay monthDay(String value, Messages messages) {
    String text = value.trim();
    if (text.length() == 5 && text.charAt(2) == '-' && digits(text, 0, 2) && digits(text, 3, 5)) {
      try {
        return MonthDay.of(Integer.parseInt(text.substring(0, 2)), Integer.parseInt(text.substring(3)));
      } catch (DateTimeException e) {
        // fall through to the complaint
      }
    }
    throw new BadValue(messages.format("option.bad-deadline", value));
  }

  /**
   * Parses {@code RULE=LEVEL}, such as {@code outline.numbering-style=warning}. Whether the rule
   * exists is checked later, with the other rule ids.
   *
   * @param value the option value
   * @param messages the language of the complaint
   * @return the rule and its severity
   */
  static SeverityOverride severityOverride(String value, Messages messages) {
    int equals = value.indexOf('=');
    String rule = equals < 0 ? "" : value.substring(0, equals).trim();
    if (rule.isEmpty()) {
      throw new BadValue(messages.format("option.bad-severity", value));
    }
    Severity severity = enumOf(Severity.class, messages, "error|warning|info").convert(value.substring(equals + 1));
    return new SeverityOverride(rule, severity);
  }

  /** A complaint about an option value, already in the user's language. */
  static final class BadValue extends TypeConversionException {

    private static final long serialVersionUID = 1L;

    BadValue(String message) {
      super(message);
    }
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
