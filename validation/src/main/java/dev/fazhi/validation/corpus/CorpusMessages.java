package dev.fazhi.validation.corpus;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The corpus checks' messages and error texts, from the {@code CorpusMessages} bundles beside this
 * class: Chinese for a Chinese locale, English otherwise, never the JVM's default locale. Stateless and
 * thread-safe.
 */
final class CorpusMessages {

  private static final String BUNDLE = "dev.fazhi.validation.corpus.CorpusMessages";

  private CorpusMessages() {}

  /**
   * A message with its arguments put in.
   *
   * @param locale the language
   * @param key the key
   * @param arguments the arguments, {@code {0}} … in the pattern
   * @return the message
   */
  static String format(Locale locale, String key, Object... arguments) {
    Locale language = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), language).format(arguments);
  }
}
