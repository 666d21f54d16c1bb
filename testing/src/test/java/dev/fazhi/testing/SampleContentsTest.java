package dev.fazhi.testing;

import static dev.fazhi.testing.FazhiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.FigureKind;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.TaskCompletion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each bundled sample holds what the samples' README promises: the clean report is consistent, the
 * faulty ones carry their faults in the model (the validator's own tests check the findings).
 */
class SampleContentsTest {

  @Test
  void cleanReportHasEveryPartInOrderAndConsistentFigures() {
    Report report = SampleReports.bundled("qingshan-justice-2024-clean");

    assertThat(report)
        .hasIssuer("青山区司法局")
        .hasReportingYear(2024)
        .hasTitle("青山区司法局2024年法治政府建设年度报告")
        .hasPart(Part.MEASURES_AND_RESULTS)
        .hasPart(Part.SHORTCOMINGS_AND_CAUSES)
        .hasPart(Part.PRINCIPAL_RESPONSIBILITY)
        .hasPart(Part.NEXT_YEAR_PLAN)
        .hasNoPart(Part.OTHER_MATTERS)
        .hasSignedOn(LocalDate.of(2025, 2, 18))
        .hasNoPublicationDate()
        .hasSectionCount(4)
        .hasHeading("四、2025年")
        .hasHeading("（1）畅通复议申请渠道")
        .hasTaskCompletion(48, 45, 3)
        .hasTaskCompletion(32, 32)
        .hasBreakdown(136, 98, 27, 11)
        .hasRate(47, 260, "18.1")
        .hasRate(1832, 1867, "98.1")
        .hasSubset(2368, 237)
        .hasAmount("12865300")
        .hasAmount("372000000")
        .hasCount(1258, "件")
        .hasMetricMatching(figure -> figure.isApproximate() && figure.kind() == FigureKind.COUNT,
            "an approximate count");
    assertThat(report.getSections()).extracting(s -> s.getPart().orElseThrow()).containsExactly(
        Part.MEASURES_AND_RESULTS, Part.SHORTCOMINGS_AND_CAUSES, Part.PRINCIPAL_RESPONSIBILITY,
        Part.NEXT_YEAR_PLAN);
    assertThat(report.allSections()).extracting(s -> s.getHeading().getStyle())
        .containsOnly(NumberingStyle.CHINESE_COMMA, NumberingStyle.CHINESE_PAREN,
            NumberingStyle.ARABIC_DOT, NumberingStyle.ARABIC_PAREN);
    for (var figure : report.allFigures()) {
      if (figure instanceof Breakdown breakdown) {
        assertThat(breakdown.partsSum()).as(breakdown.getQuote().orElseThrow()).isEqualTo(breakdown.getTotal());
      }
      if (figure instanceof TaskCompletion task) {
        assertThat(task.getCompleted() + task.getClosed().orElse(0)).isEqualTo(task.getAssigned());
      }
    }
  }

  @Test
  void webCopyLacksTheShortcomingsAndCarriesItsFaults() {
    Report report = SampleReports.bundled("yunxi-market-2023-webcopy");
    String text = SampleReports.bundledText("yunxi-market-2023-webcopy");

    assertThat(report)
        .hasIssuer("云溪县市场监督管理局")
        .hasReportingYear(2023)
        .hasNoPart(Part.SHORTCOMINGS_AND_CAUSES)
        .hasPart(Part.PRINCIPAL_RESPONSIBILITY)
        .hasPublishedOn(LocalDate.of(2024, 5, 8))
        .hasSignedOn(LocalDate.of(2024, 3, 28))
        .hasTaskCompletion(86, 84, 5)
        .hasBreakdown(215, 96, 31, 18, 27, 35)
        .hasHeading("1、深化")
        .hasHeading("（四）优化营商环境");
    assertThat(report.getTitle().orElseThrow()).doesNotContain("当前位置", "发布时间");
    assertThat(text).contains("当前位置：首页", "字体：【大 中 小】", "\u00a0", "，，", "执法执法",
        "[bookmark: _GoBack]");
    assertThat(report.allParagraphs()).noneMatch(p -> p.getText().contains("[bookmark"));
    List<Section> measures = report.getSections().get(0).getSections();
    assertThat(measures).extracting(s -> s.getHeading().getNumber().getAsInt()).containsExactly(1, 2, 4, 5);
  }

  @Test
  void thematicReportEmbedsTheLeadersDutiesAndCarriesItsFaults() {
    Report report = SampleReports.bundled("linjiang-ecology-2022-thematic");
    String text = SampleReports.bundledText("linjiang-ecology-2022-thematic");

    assertThat(report)
        .hasIssuer("临江市生态环境局")
        .hasReportingYear(2022)
        .hasTitle("临江市生态环境局2022年法治政府建设工作情况报告")
        .hasEmbeddedPart(Part.PRINCIPAL_RESPONSIBILITY, Part.MEASURES_AND_RESULTS)
        .hasPart(Part.SHORTCOMINGS_AND_CAUSES)
        .hasSignedOn(LocalDate.of(2022, 12, 26))
        .hasNoPublicationDate()
        .hasSectionCount(7)
        .hasHeading("三、存在的不足和原因")
        .hasHeading("三、2024年工作打算")
        .hasRate(118, 124, "97.6");
    assertThat(report.sectionsOf(Part.MEASURES_AND_RESULTS)).hasSize(5)
        .allMatch(s -> s.getHeading().getStyle() == NumberingStyle.NONE);
    assertThat(text).contains("〔202l〕");
  }
}
