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
}
