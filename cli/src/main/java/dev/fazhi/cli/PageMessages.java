package dev.fazhi.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the html pages and the workbook, in the command's language, from the
 * {@code dev.fazhi.cli.html.pages} bundles. Kept apart from {@link Messages} so that the words of the
 * results change without touching those of the terminal.
 */
final class PageMessages {

  static final String BUNDLE = "dev.fazhi.cli.html.pages";

  private final Messages messages;
  private final ResourceBundle bundle;

  PageMessages(Messages messages) {
    this.messages = messages;
    this.bundle = Messages.bundle(BUNDLE, messages.locale());
  }

  /** The command's messages (severities, part names come from there and from the rule catalog). */
  Messages messages() {
    return messages;
  }

  Locale locale() {
    return messages.locale();
  }

  /** The language tag for {@code <html lang>}: zh-CN or en. */
  String languageTag() {
    return messages.locale().toLanguageTag();
  }

  String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing page message " + key + " for " + locale(), e);
    }
  }

  String format(String key, Object... arguments) {
    return new MessageFormat(get(key), locale()).format(arguments);
  }
}
