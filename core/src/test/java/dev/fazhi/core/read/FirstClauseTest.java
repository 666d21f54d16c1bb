package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link OutlineBuilder#firstClauseWithin}, which looks at a line's first characters only, answers what
 * measuring the whole first clause answered, on seeded random lines.
 */
class FirstClauseTest {

  private static final String[] PIECES = {"依", "法", "，", "。", "、", "：", ":", "（", "）", "1", " ", "；"};

  @Test
  void withinALimitAgreesWithTheWholeClausesLength() {
    SplittableRandom random = new SplittableRandom(4);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = b.toString();
      for (int limit = 0; limit < 7; limit++) {
        assertThat(OutlineBuilder.firstClauseWithin(s, limit)).as("[%s] within %d", s, limit)
            .isEqualTo(firstClauseLength(s) <= limit);
      }
    }
  }

  /** The measure the outline used before: the length of the first clause, up to its first mark. */
  private static int firstClauseLength(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (CharClasses.isClauseBoundary(s.charAt(i))) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }
}
