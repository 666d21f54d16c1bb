package dev.fazhi.validation.corpus;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The corpus rules' messages (from the built-in rule bundle) and the roster's error texts (from the
 * {@code CorpusMessages} bundles beside this class): Chinese for a Chinese locale, English otherwise,
 * never the JVM's default locale. Stateless and thread-safe.
 */
final class CorpusMessages {

  private static final String BUNDLE = "dev.fazhi.validation.corpus.CorpusMessages";
  private static final String RULES = "dev.fazhi.validation.Messages";

  private CorpusMessages() {}

  /**
   * A rule's message from the built-in bundle ({@code dev/fazhi/validation/Messages}), with its named
   * arguments put in where the text says {@code {name}}; {@code \{} stands for a brace. Linear in the
   * message's length.
   *
   * @param locale the language
   * @param key the key, such as {@code corpus.reused-text.message.other}
   * @param arguments the arguments by name
   * @return the message
   */
  static String rule(Locale locale, String key, java.util.Map<String, Object> arguments) {
    Locale language = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
    String template = ResourceBundle.getBundle(RULES, language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    StringBuilder out = new StringBuilder(template.length() + 64);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length()) {
        out.append(template.charAt(++i));
      } else if (c == '{') {
        int end = template.indexOf('}', i);
        Object value = end < 0 ? null : arguments.get(template.substring(i + 1, end));
        if (value == null) {
          out.append(c);
        } else {
          out.append(value);
          i = end;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

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
