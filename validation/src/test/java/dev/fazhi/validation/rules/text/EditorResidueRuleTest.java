package dev.fazhi.validation.rules.text;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.saying;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** text.editor-residue: trigger, near miss, traps. */
class EditorResidueRuleTest {

  private static final String RULE = "text.editor-residue";

  @Test
  void wordsBookmarkLeftInAParagraph() {
    Finding finding = only(saying("[bookmark: _GoBack]促进严格规范文明执法。"), RULE);
    assertThat(finding.getQuote().orElseThrow()).contains("[bookmark: _GoBack]");
    assertThat(finding.getMessage()).isEqualTo("文中残留编辑痕迹：[bookmark: _GoBack]");
  }

  @Test
  void nearMissTheWordBookmarkInProse() {
    none(saying("建立书签式目录，方便群众查阅。"), RULE);
  }

  @Test
  void trapsThePageAroundTheReportIsOneFindingPerKindWithItsLine() {
    String text = "当前位置：首页\n某区司法局关于2023年法治政府建设情况的报告\n　　我局完善举报受理、、重大案件管理。\n"
        + "当前位置：首页 > 政务公开\n";
    Report report = clean().withSourceText(text);
    Finding residue = only(report, RULE);
    assertThat(residue.getLocation()).contains(SourceLocation.of(1, 1, 0));
    Finding doubled = only(report, "text.doubled-punctuation");
    int offset = text.indexOf("、、");
    assertThat(doubled.getLocation()).contains(SourceLocation.of(3, 11, offset));
  }
}
