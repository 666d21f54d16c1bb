package dev.fazhi.core.read;

import dev.fazhi.core.Reason;
import java.util.Locale;

/** The reader's messages in English, the language of a reader built without a locale. */
final class Messages {

  private Messages() {}

  static String get(String key, Object... args) {
    return Reason.of(key, args).in(Locale.ROOT);
  }
}
