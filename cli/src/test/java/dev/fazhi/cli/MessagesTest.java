package dev.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Random;
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

  /**
   * A pattern filled in by hand gives what {@link MessageFormat} gives, for 20 000 seeded random
   * patterns (plain ones, and ones with quotes, format types, stray braces and spaces, which go to the
   * MessageFormat) and arguments (strings, numbers, null, too few).
   */
  @Test
  void aPlainPatternFilledInByHandFormatsAsMessageFormat() {
    Random random = new Random(13);
    String[] pieces = {"a", "报告", " ", "：", "{0}", "{1}", "{2}", "{10}", "{00}", "'", "''", "{0,number}",
        "{ 1}", "}", "{", "“", "\u0020", "(line ", ")"};
    int plain = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int count = random.nextInt(6);
      for (int k = 0; k < count; k++) {
        text.append(pieces[random.nextInt(random.nextBoolean() ? 7 : pieces.length)]);
      }
      Locale locale = random.nextBoolean() ? Locale.ROOT : Messages.CHINESE;
      MessageFormat fresh;
      try {
        fresh = new MessageFormat(text.toString(), locale);
      } catch (IllegalArgumentException notAPattern) {
        continue;
      }
      Object[] arguments = new Object[random.nextInt(4)];
      for (int a = 0; a < arguments.length; a++) {
        int kind = random.nextInt(10);
        arguments[a] = kind == 0 ? null : kind == 1 ? (Object) (round * 7) : "x" + random.nextInt(1000);
      }
      Messages.Pattern pattern = new Messages.Pattern(text.toString(), locale);
      String expected;
      try {
        expected = fresh.format(arguments);
      } catch (IllegalArgumentException notFormattable) { // such as a string for {0,number}
        assertThatThrownBy(() -> pattern.format(arguments)).isInstanceOf(notFormattable.getClass());
        continue;
      }
      assertThat(pattern.format(arguments)).as(text.toString()).isEqualTo(expected);
      plain += text.indexOf("'") < 0 && text.indexOf("{0}") >= 0 ? 1 : 0;
    }
    assertThat(plain).isGreaterThan(100);
  }
}
