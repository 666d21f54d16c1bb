package dev.fazhi.spring;

import dev.fazhi.core.Language;
import java.util.Locale;
import java.util.ResourceBundle;

/** The starter's own texts ({@code dev/fazhi/spring/messages*.properties}), in one of its two languages. */
final class StarterMessages {

  private static final String BUNDLE = "dev.fazhi.spring.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private StarterMessages() {}

  /**
   * A text in the supported language closest to a locale.
   *
   * @param key the key
   * @param locale the locale
   * @return the text
   */
  static String get(String key, Locale locale) {
    Locale bundle = "zh".equals(Language.supported(locale).getLanguage()) ? Locale.CHINESE : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, bundle, StarterMessages.class.getClassLoader(), NO_FALLBACK)
        .getString(key);
  }
}
