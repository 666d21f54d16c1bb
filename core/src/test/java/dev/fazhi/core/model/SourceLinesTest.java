package dev.fazhi.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLinesTest {

  @Test
  void locatesOffsetsOnLinesEndedByAnyLineBreak() {
    String text = "一、\n二、\r\n三、\r四、";
    SourceLines lines = SourceLines.of(text);
    assertThat(lines.count()).isEqualTo(4);
    assertThat(lines.locate(0)).isEqualTo(SourceLocation.of(1, 1, 0));
    assertThat(lines.locate(text.indexOf('二'))).isEqualTo(SourceLocation.of(2, 1, 3));
    assertThat(lines.locate(text.indexOf('三'))).isEqualTo(SourceLocation.of(3, 1, 7));
    assertThat(lines.locate(text.indexOf('四') + 1)).isEqualTo(SourceLocation.of(4, 2, 11));
    assertThat(lines.end(1)).isEqualTo(5);
  }

  @Test
  void aHintIsOnlyAHint() {
    SourceLines lines = SourceLines.of("a\nb\nc");
    assertThat(lines.locate(4, 0)).isEqualTo(SourceLocation.of(3, 1, 4));
    assertThat(lines.locate(4, 2)).isEqualTo(SourceLocation.of(3, 1, 4));
    assertThat(lines.locate(0, 99)).isEqualTo(SourceLocation.of(1, 1, 0));
  }

  @Test
  void offsetsOutsideTheTextCountAsItsEnds() {
    SourceLines lines = SourceLines.of("ab\ncd");
    assertThat(lines.locate(-3)).isEqualTo(SourceLocation.of(1, 1, 0));
    assertThat(lines.locate(99)).isEqualTo(SourceLocation.of(2, 3, 5));
    assertThat(SourceLines.of("").locate(0)).isEqualTo(SourceLocation.of(1, 1, 0));
  }

  /** Seeded: every offset is found on the same line with any hint as without one. */
  @Test
  void anyHintFindsTheLineTheSearchFinds() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    for (int round = 0; round < 500; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        b.append(new String[] {"a", "依法", "\n", "\r\n", "\r", "\n\n"}[random.nextInt(6)]);
      }
      SourceLines lines = SourceLines.of(b.toString());
      for (int offset = -1; offset <= b.length() + 1; offset++) {
        SourceLocation expected = lines.locate(offset, -1);
        for (int hint = -1; hint <= lines.count(); hint++) {
          assertThat(lines.locate(offset, hint)).as("[%s] at %d, hint %d", b, offset, hint).isEqualTo(expected);
        }
      }
    }
  }
}
