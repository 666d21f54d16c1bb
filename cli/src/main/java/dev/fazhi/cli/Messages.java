package dev.fazhi.cli;

import dev.fazhi.core.Language;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The command's user-facing strings in one language, from the {@code messages} resource bundles. */
final class Messages {

  static final String BUNDLE = "dev.fazhi.cli.messages";

  /** Chinese as written on the mainland: the language of the reports. */
  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private final Locale locale;
  private final ResourceBundle bundle;
  /**
   * Each thread's parsed messages by key: the text output formats several per report, and parsing a
   * pattern costs more than formatting it. Per thread, since a MessageFormat is not thread-safe.
   */
  private final ThreadLocal<Map<String, Pattern>> formats = ThreadLocal.withInitial(HashMap::new);

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle = bundle(BUNDLE, locale);
  }

  /**
   * A bundle of this module in one of the two languages. English is the base bundle, asked for as
   * {@link Locale#ROOT}: then there is no fallback to the JVM's default locale, so "en" gives English
   * even on a Chinese system. No {@code ResourceBundle.Control} is used, which a named module may not.
   *
   * @param name the bundle's base name
   * @param locale zh-CN or en
   * @return the bundle
   */
  static ResourceBundle bundle(String name, Locale locale) {
    return ResourceBundle.getBundle(name, Language.isChinese(locale) ? CHINESE : Locale.ROOT);
  }

  /**
   * The messages for one of the two supported languages.
   *
   * @param locale zh-CN or en (anything Chinese is zh-CN, anything else en)
   * @return the messages
   */
  static Messages of(Locale locale) {
    return new Messages(supported(locale));
  }

  /**
   * Maps any locale to a supported one, by the library's one rule ({@link Language#supported}):
   * Chinese to zh-CN, everything else to English.
   *
   * @param locale the locale
   * @return zh-CN or en
   */
  static Locale supported(Locale locale) {
    return Language.supported(locale);
  }

  Locale locale() {
    return locale;
  }

  ResourceBundle bundle() {
    return bundle;
  }

  String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing message " + key + " for " + locale, e);
    }
  }

  String format(String key, Object... arguments) {
    Map<String, Pattern> parsed = formats.get();
    Pattern pattern = parsed.get(key);
    if (pattern == null) {
      pattern = new Pattern(get(key), locale);
      parsed.put(key, pattern);
    }
    return pattern.format(arguments);
  }

  /**
   * A message parsed once. A plain pattern (no quote, every brace an argument index such as
   * {@code {0}}) given text arguments is filled in by hand, literal runs and arguments in turn: that is
   * what {@link MessageFormat} makes of it, and under the launcher's compiler (C1) its formatting, with
   * its {@code StringBuffer} and field positions, costs several times as much. Anything else (quotes,
   * format types, an argument that is no string or is missing) goes to the {@code MessageFormat}.
   * Not thread-safe, like the {@code MessageFormat} it holds.
   */
  static final class Pattern {
    private final MessageFormat format;
    /** The literal runs around the arguments, one more than {@link #arguments}; null if not plain. */
    private final String[] literals;
    /** The argument index of each placeholder, in order. */
    private final int[] arguments;

    Pattern(String pattern, Locale locale) {
      this.format = new MessageFormat(pattern, locale);
      List<String> runs = new ArrayList<>();
      List<Integer> indices = new ArrayList<>();
      int from = 0;
      boolean plain = pattern.indexOf('\'') < 0;
      for (int i = 0; plain && i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (c == '}') {
          plain = false;
        } else if (c == '{') {
          int close = i + 1;
          while (close < pattern.length() && close - i <= 2 && isDigit(pattern.charAt(close))) {
            close++;
          }
          if (close == i + 1 || close == pattern.length() || pattern.charAt(close) != '}') {
            plain = false;
          } else {
            runs.add(pattern.substring(from, i));
            indices.add(Integer.parseInt(pattern.substring(i + 1, close)));
            from = close + 1;
            i = close;
          }
        }
      }
      runs.add(pattern.substring(from));
      this.literals = plain ? runs.toArray(String[]::new) : null;
      this.arguments = plain ? indices.stream().mapToInt(Integer::intValue).toArray() : null;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    /**
     * The message with its arguments.
     *
     * @param values the arguments
     * @return what {@link MessageFormat#format(Object)} gives
     */
    String format(Object... values) {
      if (literals == null) {
        return format.format(values);
      }
      int length = 0;
      for (int k = 0; k < arguments.length; k++) {
        int at = arguments[k];
        if (at >= values.length || !(values[at] instanceof String value)) {
          return format.format(values);
        }
        length += value.length() + literals[k].length();
      }
      StringBuilder out = new StringBuilder(length + literals[arguments.length].length());
      for (int k = 0; k < arguments.length; k++) {
        out.append(literals[k]).append((String) values[arguments[k]]);
      }
      return out.append(literals[arguments.length]).toString();
    }
  }
}
