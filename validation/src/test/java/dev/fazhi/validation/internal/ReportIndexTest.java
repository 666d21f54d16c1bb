package dev.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.SourceLocation;
import org.junit.jupiter.api.Test;

class ReportIndexTest {

  @Test
  void locatesOffsetsOnEveryKindOfLineEnd() {
    ReportIndex index = ReportIndex.of(Report.builder().title("t").sourceText("甲\r\n乙\r丙\n丁").build());
    assertThat(index.locate(0)).isEqualTo(SourceLocation.of(1, 1, 0));
    assertThat(index.locate(3)).isEqualTo(SourceLocation.of(2, 1, 3));
    assertThat(index.locate(5)).isEqualTo(SourceLocation.of(3, 1, 5));
    assertThat(index.locate(7)).isEqualTo(SourceLocation.of(4, 1, 7));
    assertThat(index.quoteLine(3)).contains("乙");
  }

  @Test
  void shortensQuotesWithoutSplittingASurrogatePair() {
    String text = "一".repeat(39) + "𠀀" + "二";
    assertThat(ReportIndex.shorten(text)).isEqualTo("一".repeat(39) + "…");
    assertThat(ReportIndex.shorten("短")).isEqualTo("短");
    assertThat(ReportIndex.strip("\u3000\u00a0 正文 \n")).isEqualTo("正文");
  }
}
