package dev.fazhi.cli.result;

import dev.fazhi.validation.Severity;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of the html pages and the workbook in the command's language: the
 * {@code dev.fazhi.cli.html.pages} bundles, and the severity names the command's terminal output uses
 * too (from {@code dev.fazhi.cli.messages}). Kept apart from the terminal's messages so that the words
 * of the results change without touching those of the terminal. Immutable.
 */
public final class PageWords {

  /** The bundle of the pages' words. */
  public static final String BUNDLE = "dev.fazhi.cli.html.pages";

  /** The bundle of the command's messages, where the severity names are. */
  public static final String COMMAND_BUNDLE = "dev.fazhi.cli.messages";

  private final Locale locale;
  private final ResourceBundle bundle;
  private final ResourceBundle command;

  private PageWords(Locale locale) {
    this.locale = locale;
    // English is the base bundle, asked for as ROOT, so that "en" gives English even on a Chinese
    // system without a ResourceBundle.Control (which a named module may not use)
    Locale asked = dev.fazhi.core.Language.isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    this.bundle = ResourceBundle.getBundle(BUNDLE, asked);
    this.command = ResourceBundle.getBundle(COMMAND_BUNDLE, asked);
  }

  /**
   * The words in one of the command's two languages.
   *
   * @param locale zh-CN or en, as the command chose it from {@code --locale}
   * @return the words
   */
  public static PageWords of(Locale locale) {
    return new PageWords(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The language of the words.
   *
   * @return zh-CN or en
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The language tag for {@code <html lang>}.
   *
   * @return zh-CN or en
   */
  public String languageTag() {
    return locale.toLanguageTag();
  }

  /**
   * A word or sentence of the pages.
   *
   * @param key its key in the pages' bundle
   * @return the text
   * @throws IllegalStateException when the bundle has no such key
   */
  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing page message " + key + " for " + locale, e);
    }
  }

  /**
   * A sentence of the pages with its arguments filled in ({@link MessageFormat}).
   *
   * @param key its key in the pages' bundle
   * @param arguments the arguments
   * @return the text
   */
  public String format(String key, Object... arguments) {
    return new MessageFormat(get(key), locale).format(arguments);
  }

  /**
   * A severity's name, as the terminal output writes it.
   *
   * @param severity the severity
   * @return its name in the words' language
   */
  public String severity(Severity severity) {
    String key = "severity." + severity.name();
    try {
      return command.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing message " + key + " for " + locale, e);
    }
  }
}
