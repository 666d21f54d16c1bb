package dev.fazhi.validation;

import dev.fazhi.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
  /** This bundle's texts split once into literal runs and argument names, by text. */
  private final Map<String, Template> templates = new ConcurrentHashMap<>();

  /**
   * A template with no backslash and no brace inside a {@code {name}}, split into the literal runs
   * around its placeholders: rendering it gives what {@link #render} gives, without reading it
   * character by character each time.
   */
  private record Template(String[] literals, String[] names) {

    /** The template split, or null when it holds a backslash or a brace within a placeholder. */
    static Template of(String template) {
      if (template.indexOf('\\') >= 0) {
        return null;
      }
      List<String> literals = new ArrayList<>();
      List<String> names = new ArrayList<>();
      int from = 0;
      int open = template.indexOf('{');
      while (open >= 0) {
        int close = template.indexOf('}', open + 1);
        if (close < 0) {
          break; // no brace closes from here on: the rest is literal
        }
        int inner = template.indexOf('{', open + 1);
        if (inner >= 0 && inner < close) {
          return null;
        }
        literals.add(template.substring(from, open));
        names.add(template.substring(open + 1, close));
        from = close + 1;
        open = template.indexOf('{', from);
      }
      literals.add(template.substring(from));
      return new Template(literals.toArray(String[]::new), names.toArray(String[]::new));
    }

    String render(Map<String, Object> arguments) {
      StringBuilder out = new StringBuilder(64 + 16 * names.length);
      out.append(literals[0]);
      for (int k = 0; k < names.length; k++) {
        Object value = arguments.get(names[k]);
        if (value == null) {
          out.append('{').append(names[k]).append('}');
        } else {
          out.append(value);
        }
        out.append(literals[k + 1]);
      }
      return out.toString();
    }
  }

  /** Stands for a text that {@link Template#of} cannot split. */
  private static final Template UNSPLIT = new Template(new String[0], new String[0]);

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
   * Renders one of this bundle's texts with named arguments, as {@link #render(String, Map)} does,
   * from the text split into literal runs and argument names once and kept.
   *
   * @param text a text of this bundle (its texts are few, so each is split once)
   * @param arguments the arguments
   * @return the message
   */
  String renderText(String text, Map<String, Object> arguments) {
    Template template = templates.computeIfAbsent(text, t -> {
      Template split = Template.of(t);
      return split == null ? UNSPLIT : split;
    });
    return template == UNSPLIT ? render(text, arguments) : template.render(arguments);
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
