package dev.fazhi.validation;

import dev.fazhi.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One rule bundle in one language: the Chinese {@code <path>_zh.properties} over the English
 * {@code <path>.properties}, both UTF-8, read once and kept. The language is Chinese for a locale whose
 * language is {@code zh} and English for any other, never the JVM's default locale.
 *
 * <p>Renders a message once: {@code {name}} is replaced by the argument's text, a {@code {name}} with
 * no argument stays as written, and {@code \x} stands for {@code x} (so {@code \{} is a brace). Argument
 * values are never read as templates. Immutable and thread-safe.
 */
final class MessageBundle {

  private static final Map<String, MessageBundle> LOADED = new ConcurrentHashMap<>();

  private final Properties chinese;
  private final Properties english;
  private final boolean isChinese;

  private MessageBundle(Properties chinese, Properties english, boolean isChinese) {
    this.chinese = chinese;
    this.english = english;
    this.isChinese = isChinese;
  }

  /**
   * The bundle at a resource path in a locale's language.
   *
   * @param path the resource path without language and extension
   * @param locale the locale
   * @param owner a class of the module (or class path) the files are in: they are read with
   *     {@link Class#getResourceAsStream}, which finds a named module's own resources
   * @return the bundle; empty when no file is found
   */
  static MessageBundle of(String path, Locale locale, Class<?> owner) {
    boolean chinese = isChinese(locale);
    return LOADED.computeIfAbsent((chinese ? "zh:" : "en:") + path, key -> new MessageBundle(
        chinese ? read(owner, path + "_zh.properties") : new Properties(),
        read(owner, path + ".properties"), chinese));
  }

  /**
   * Whether messages in a locale are Chinese.
   *
   * @param locale the locale
   * @return true for the language {@code zh}
   */
  static boolean isChinese(Locale locale) {
    return Language.isChinese(locale);
  }

  private static Properties read(Class<?> owner, String path) {
    Properties properties = new Properties();
    String name = path.startsWith("/") ? path : "/" + path;
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the message bundle " + name, e);
    }
    return properties;
  }

  /**
   * The text under a key, in this bundle's language, else in English.
   *
   * @param key the key
   * @return the text, or empty when neither language has it
   */
  Optional<String> text(String key) {
    String text = isChinese ? chinese.getProperty(key) : null;
    return Optional.ofNullable(text != null ? text : english.getProperty(key));
  }

  /**
   * Renders a template with named arguments.
   *
   * @param template the template
   * @param arguments the arguments
   * @return the message
   */
  static String render(String template, Map<String, Object> arguments) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int n = template.length();
    for (int i = 0; i < n; i++) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < n) {
        out.append(template.charAt(++i));
      } else if (c == '{') {
        int close = template.indexOf('}', i + 1);
        Object value = close < 0 ? null : arguments.get(template.substring(i + 1, close));
        if (value == null) {
          out.append(c);
        } else {
          out.append(value);
          i = close;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
