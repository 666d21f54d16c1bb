package dev.fazhi.spring;

import dev.fazhi.testing.MessageLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text of the starter's own, in each language, is in that language only. */
class StarterMessagesTest {

  @Test
  void everyKeyIsInOneLanguageInBoth() throws IOException {
    Properties keys = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/dev/fazhi/spring/messages.properties")) {
      keys.load(in);
    }
    for (String key : keys.stringPropertyNames()) {
      MessageLanguage.assertInOneLanguage(StarterMessages.get(key, Locale.UK), Locale.ENGLISH);
      MessageLanguage.assertInOneLanguage(StarterMessages.get(key, Locale.TAIWAN), Locale.SIMPLIFIED_CHINESE);
      MessageLanguage.assertInOneLanguage(StarterMessages.get(key, Locale.GERMANY), Locale.ENGLISH);
    }
  }
}
