package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A bundle renders its texts from templates split once ({@link MessageBundle#renderText}); the
 * character-by-character {@link MessageBundle#render} is the oracle.
 */
class MessageBundleRenderTest {

  @Test
  void splitTemplatesRenderWhatTheCharacterByCharacterRenderingGives() {
    String[] pieces = {"{", "}", "\\", "a", "b", "{a}", "{b}", "{c}", "{a", "b}", "值为", "，", " ", "“",
        "”", "{first}", "{second}"};
    SplittableRandom random = new SplittableRandom(20261204L);
    MessageBundle bundle = MessageBundle.of("dev/fazhi/validation/no-such-bundle", Locale.ENGLISH,
        MessageBundle.class);
    int placeholders = 0;
    for (int t = 0; t < 20_000; t++) {
      StringBuilder template = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        template.append(pieces[random.nextInt(pieces.length)]);
      }
      Map<String, Object> arguments = new LinkedHashMap<>();
      if (random.nextBoolean()) {
        arguments.put("a", random.nextInt(1000));
      }
      if (random.nextBoolean()) {
        arguments.put("b", "{a}\\值");
      }
      arguments.put("first", 283L);
      arguments.put("second", "159");
      String text = template.toString();
      String expected = MessageBundle.render(text, arguments);
      assertThat(bundle.renderText(text, arguments)).as(text).isEqualTo(expected);
      assertThat(bundle.renderText(text, arguments)).as("again: " + text).isEqualTo(expected);
      placeholders += text.contains("{a}") && arguments.containsKey("a") ? 1 : 0;
    }
    assertThat(placeholders).isGreaterThan(1_000);
  }
}
