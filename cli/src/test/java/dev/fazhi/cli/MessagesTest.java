package dev.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link Messages#format} keeps each parsed message for the next call: the same text as parsing anew. */
class MessagesTest {

  @Test
  void aKeptMessageFormatsAsAFreshlyParsedOne() {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Messages.CHINESE}) {
      Messages messages = Messages.of(locale);
      for (String key : Collections.list(messages.bundle().getKeys())) {
        MessageFormat fresh;
        try {
          fresh = new MessageFormat(messages.get(key), messages.locale());
        } catch (IllegalArgumentException notAPattern) {
          continue; // a text only ever taken whole (Messages.get), such as a rule's message
        }
        for (int round = 0; round < 3; round++) { // the first call parses, the next ones reuse
          Object[] arguments = {"a" + round, Integer.toString(round * 1234), "c", "d", "e", "f"};
          assertThat(messages.format(key, arguments)).as(key)
              .isEqualTo(fresh.format(arguments));
        }
      }
    }
  }
}
