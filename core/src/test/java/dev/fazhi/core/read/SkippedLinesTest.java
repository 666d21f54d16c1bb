package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkippedLinesTest {

  @Test
  void aMaskSkipsExactlyTheLinesAddedAndNeverChanges() {
    SkippedLines none = SkippedLines.none();
    SkippedLines title = none.with(List.of(3, 1));
    SkippedLines signed = title.with(9, 1);

    assertThat(none.contains(1)).isFalse();
    assertThat(none.size()).isZero();
    assertThat(title.contains(1)).isTrue();
    assertThat(title.contains(3)).isTrue();
    assertThat(title.contains(2)).isFalse();
    assertThat(title.contains(9)).as("the earlier mask is unchanged").isFalse();
    assertThat(signed.contains(9)).isTrue();
    assertThat(signed.size()).as("a line added twice counts once").isEqualTo(3);
    assertThat(signed.with(3)).as("nothing new: the same mask").isSameAs(signed);
    assertThat(signed).isEqualTo(none.with(1, 3, 9)).hasSameHashCodeAs(none.with(9, 3, 1));
  }

  @Test
  void headingEndSkipsSentenceEndsInsideEveryBracketOfTheTable() {
    assertThat(OutlineBuilder.headingEnd("加强领导。全年")).isEqualTo(4);
    assertThat(OutlineBuilder.headingEnd("落实“谁执法谁普法。”责任。其后")).isEqualTo(13);
    assertThat(OutlineBuilder.headingEnd("推进‘放管服。’改革。其后")).isEqualTo(10);
    assertThat(OutlineBuilder.headingEnd("（一）开展《条例。》宣传")).isEqualTo(-1);
  }
}
