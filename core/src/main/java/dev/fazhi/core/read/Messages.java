package dev.fazhi.core.read;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing messages of the reader, in English and Chinese, from a resource bundle. */
final class Messages {

  private static final String BUNDLE = "dev.fazhi.core.read.messages";

  private Messages() {}

  /**
   * Formats a message in the default locale.
   *
   * @param key the message key
   * @param args the arguments
   * @return the message
   */
  static String get(String key, Object... args) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
