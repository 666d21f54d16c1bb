package dev.fazhi.validation.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The corpus rules' messages (from the built-in rule bundle, {@code dev/fazhi/validation/Messages}) and
 * the roster's error texts (from the {@code CorpusMessages} bundle beside this class): Chinese
 * ({@code _zh}, over the English) for a locale whose language is {@code zh}, English otherwise, never
 * the JVM's default locale. Files are UTF-8, read once through this class (so that they are found in
 * a named module too). Thread-safe.
 */
final class CorpusMessages {

  private static final String RULES = "/dev/fazhi/validation/Messages";
  private static final String ROSTER = "/dev/fazhi/validation/corpus/CorpusMessages";
  private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

  private CorpusMessages() {}

  /**
   * A rule's message with its named arguments put in where the text says {@code {name}}; a
   * {@code {name}} without an argument stays as written. Linear in the message's length.
   *
   * @param locale the language
   * @param key the key, such as {@code corpus.reused-text.message.other}
   * @param arguments the arguments by name
   * @return the message
   */
  static String rule(Locale locale, String key, Map<String, Object> arguments) {
    String template = text(RULES, locale, key);
    StringBuilder out = new StringBuilder(template.length() + 64);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{') {
        int end = template.indexOf('}', i);
        Object value = end < 0 ? null : arguments.get(template.substring(i + 1, end));
        if (value != null) {
          out.append(value);
          i = end;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * A roster error text with its arguments put in ({@code {0}} … as {@link MessageFormat} reads them).
   *
   * @param locale the language
   * @param key the key
   * @param arguments the arguments
   * @return the text
   */
  static String format(Locale locale, String key, Object... arguments) {
    return new MessageFormat(text(ROSTER, locale, key), Locale.ROOT).format(arguments);
  }

  private static String text(String path, Locale locale, String key) {
    String value = null;
    if ("zh".equals(locale.getLanguage())) {
      value = properties(path + "_zh.properties").getProperty(key);
    }
    if (value == null) {
      value = properties(path + ".properties").getProperty(key);
    }
    if (value == null) {
      throw new IllegalStateException("no text " + key + " in " + path);
    }
    return value;
  }

  private static Properties properties(String name) {
    return LOADED.computeIfAbsent(name, n -> {
      Properties properties = new Properties();
      try (InputStream in = CorpusMessages.class.getResourceAsStream(n)) {
        if (in != null) {
          properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return properties;
    });
  }
}
