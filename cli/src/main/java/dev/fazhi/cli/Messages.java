package dev.fazhi.cli;

import dev.fazhi.core.Language;
import java.text.MessageFormat;
import java.util.HashMap;
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
  private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);

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
    Map<String, MessageFormat> parsed = formats.get();
    MessageFormat format = parsed.get(key);
    if (format == null) {
      format = new MessageFormat(get(key), locale);
      parsed.put(key, format);
    }
    return format.format(arguments);
  }
}
