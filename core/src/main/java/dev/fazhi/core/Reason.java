package dev.fazhi.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * What is wrong with an input, in words that can be given in English or Chinese.
 *
 * <p>A reason is a key of the core message bundle ({@code dev.fazhi.core.messages}) with its arguments,
 * rendered on demand in the locale asked for; or a key of another module's {@link Bundle} (the document
 * readers have their own); or a literal text, the same in every locale, for callers that compose their
 * own wording. Arguments are kept as text, or as reasons rendered in the same locale.
 * Chinese is used for any Chinese locale; English for everything else.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Reason implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The bundle in English and Chinese, read once as UTF-8 properties from this module's own resources:
   * no {@code ResourceBundle.Control} (which a named module may not use), and no fallback to the JVM's
   * default locale, so an English request gets English.
   */
  private static final Properties ENGLISH = load("/dev/fazhi/core/messages.properties");
  private static final Properties CHINESE = load("/dev/fazhi/core/messages_zh.properties");

  /** The bundle of another module, or null for the core bundle. */
  private final Bundle bundle;
  /** The message key, or null for a literal. */
  private final String key;
  /** The literal text, or null for a keyed reason. */
  private final String literal;
  /** The arguments: strings or reasons. */
  private final Serializable[] args;

  private Reason(Bundle bundle, String key, String literal, Serializable[] args) {
    this.bundle = bundle;
    this.key = key;
    this.literal = literal;
    this.args = args;
  }

  /**
   * A reason from the core message bundle.
   *
   * @param key the message key
   * @param args the arguments: reasons are rendered in the same locale, anything else as
   *     {@link String#valueOf(Object)}
   * @return the reason
   */
  public static Reason of(String key, Object... args) {
    return new Reason(null, Objects.requireNonNull(key, "key"), null, keep(args));
  }

  /**
   * A reason from another module's message bundle, such as the document readers' own.
   *
   * @param bundle the bundle
   * @param key the message key
   * @param args the arguments: reasons are rendered in the same locale, anything else as
   *     {@link String#valueOf(Object)}
   * @return the reason
   */
  public static Reason of(Bundle bundle, String key, Object... args) {
    return new Reason(Objects.requireNonNull(bundle, "bundle"), Objects.requireNonNull(key, "key"), null,
        keep(args));
  }

  private static Serializable[] keep(Object... args) {
    Serializable[] kept = new Serializable[args.length];
    for (int i = 0; i < args.length; i++) {
      kept[i] = args[i] instanceof Reason reason ? reason : String.valueOf(args[i]);
    }
    return kept;
  }

  /**
   * A reason given as text, the same in every locale.
   *
   * @param text the text
   * @return the reason
   */
  public static Reason literal(String text) {
    return new Reason(null, null, Objects.requireNonNull(text, "text"), new Serializable[0]);
  }

  /**
   * A reason that lists other reasons, separated by a comma in the locale's style.
   *
   * @param items the items
   * @return the reason
   */
  public static Reason list(List<?> items) {
    Object[] args = items.toArray();
    Reason out = null;
    for (Object item : args) {
      out = out == null ? (item instanceof Reason r ? r : literal(String.valueOf(item)))
          : of("list.more", out, item);
    }
    return out == null ? literal("") : out;
  }

  /**
   * The message key of this reason.
   *
   * @return the key, or null for a literal reason
   */
  public String key() {
    return key;
  }

  /**
   * Renders this reason.
   *
   * @param locale the language; Chinese for any Chinese locale, English otherwise
   * @return the text
   */
  public String in(Locale locale) {
    if (literal != null) {
      return literal;
    }
    boolean chinese = locale != null && "zh".equals(locale.getLanguage());
    Properties english = bundle == null ? ENGLISH : bundle.english();
    String pattern = (chinese ? (bundle == null ? CHINESE : bundle.chinese()) : english).getProperty(key);
    if (pattern == null) {
      pattern = chinese ? english.getProperty(key, key) : key;
    }
    Object[] rendered = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      rendered[i] = args[i] instanceof Reason reason ? reason.in(locale) : args[i];
    }
    return new MessageFormat(pattern, Locale.ROOT).format(rendered);
  }

  private static Properties load(String resource) {
    return load(Reason.class, resource);
  }

  private static Properties load(Class<?> anchor, String resource) {
    Properties properties = new Properties();
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return properties;
  }

  /**
   * The reason in English.
   *
   * @return the English text
   */
  @Override
  public String toString() {
    return in(Locale.ROOT);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Reason that && Objects.equals(bundle, that.bundle) && Objects.equals(key, that.key)
        && Objects.equals(literal, that.literal) && Arrays.equals(args, that.args);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bundle, key, literal, Arrays.hashCode(args));
  }

  /**
   * Another module's message bundle in English and Chinese: two UTF-8 properties files,
   * {@code <base>.properties} and {@code <base>_zh.properties}, read once, on first use, with
   * {@link Class#getResourceAsStream} of a class of that module (so that a named module finds its own
   * resources; a named module must open the files' package, an automatic one opens all). A key missing
 * in Chinese falls back to English, as in the core bundle.
   *
   * <p>Instances are immutable and thread-safe; they serialize as the class and the base name.
   */
  public static final class Bundle implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A class of the module that holds the files. */
    private final Class<?> anchor;
    /** The absolute resource name without {@code .properties}, such as {@code /dev/fazhi/documents/messages}. */
    private final String base;
    /** English, then Chinese; loaded on first use. */
    private transient volatile Properties[] texts;

    private Bundle(Class<?> anchor, String base) {
      this.anchor = anchor;
      this.base = base;
    }

    /**
     * Names a bundle.
     *
     * @param anchor a class of the module whose resources hold the files
     * @param base the absolute resource name without the suffix, such as
     *     {@code /dev/fazhi/documents/messages}
     * @return the bundle
     */
    public static Bundle of(Class<?> anchor, String base) {
      Objects.requireNonNull(anchor, "anchor");
      if (!Objects.requireNonNull(base, "base").startsWith("/")) {
        throw new IllegalArgumentException("the base must be an absolute resource name: " + base);
      }
      return new Bundle(anchor, base);
    }

    private Properties[] texts() {
      Properties[] t = texts;
      if (t == null) {
        t = new Properties[] {load(anchor, base + ".properties"), load(anchor, base + "_zh.properties")};
        texts = t;
      }
      return t;
    }

    Properties english() {
      return texts()[0];
    }

    Properties chinese() {
      return texts()[1];
    }

    /**
     * The keys of the English file.
     *
     * @return the keys, sorted
     */
    public java.util.SortedSet<String> keys() {
      return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(english().stringPropertyNames()));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Bundle that && anchor == that.anchor && base.equals(that.base);
    }

    @Override
    public int hashCode() {
      return Objects.hash(anchor.getName(), base);
    }

    @Override
    public String toString() {
      return base;
    }
  }
}
