package dev.fazhi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.FigureKind;
import dev.fazhi.core.model.MoneyUnit;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ReportAssertTest {

  private final Report clean = SampleReports.bundled("qingshan-justice-2024-clean");
  private final Report thematic = SampleReports.bundled("linjiang-ecology-2022-thematic");
  private final Report webCopy = SampleReports.bundled("yunxi-market-2023-webcopy");

  /** A report built in code that has almost nothing: no issuer, year, dates, sections or figures. */
  private final Report bare = json("{\"title\": \"某局工作报告\"}");

  /**
   * Builds small reports from the JSON form: the model's generated builders carry an annotation that is
   * not on this module's class path, and javac would warn about it.
   */
  private static Report json(String json) {
    return ReportJson.defaults().read(json);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> failure(ThrowingCallable assertion) {
    return assertThatThrownBy(assertion).isInstanceOf(AssertionError.class);
  }

  @Test
  void hasIssuer() {
    FazhiAssertions.assertThat(clean).hasIssuer("青山区司法局");
    failure(() -> FazhiAssertions.assertThat(clean).hasIssuer("青山区民政局"))
        .hasMessageContaining("Expecting report qingshan-justice-2024-clean.txt")
        .hasMessageContaining("to have issuer \"青山区民政局\"")
        .hasMessageContaining("but its issuer is \"青山区司法局\"");
    failure(() -> FazhiAssertions.assertThat(bare).hasIssuer("青山区司法局"))
        .hasMessageContaining("Expecting report 某局工作报告")
        .hasMessageContaining("but it has no identifiable issuer");
  }

  @Test
  void failsOnANullReport() {
    failure(() -> FazhiAssertions.assertThat((Report) null).hasIssuer("青山区司法局"))
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void descriptionPrefixesTheMessage() {
    failure(() -> FazhiAssertions.assertThat(clean).as("clean sample").hasReportingYear(2000))
        .hasMessageStartingWith("[clean sample]");
  }

  @Test
  void hasReportingYear() {
    FazhiAssertions.assertThat(clean).hasReportingYear(2024);
    failure(() -> FazhiAssertions.assertThat(clean).hasReportingYear(2023))
        .hasMessageContaining("to have reporting year 2023")
        .hasMessageContaining("but its reporting year is 2024");
    failure(() -> FazhiAssertions.assertThat(bare).hasReportingYear(2023))
        .hasMessageContaining("but it has no identifiable reporting year");
  }

  @Test
  void hasTitleAndHasTitleContaining() {
    FazhiAssertions.assertThat(clean).hasTitle("青山区司法局2024年法治政府建设年度报告")
        .hasTitleContaining("法治政府建设");
    failure(() -> FazhiAssertions.assertThat(clean).hasTitle("青山区司法局2024年工作总结"))
        .hasMessageContaining("but its title is \"青山区司法局2024年法治政府建设年度报告\"");
    failure(() -> FazhiAssertions.assertThat(bare).hasTitleContaining("法治政府"))
        .hasMessageContaining("to have a title containing \"法治政府\"")
        .hasMessageContaining("but its title is \"某局工作报告\"");
  }

  @Test
  void hasPartListsThePartsPresent() {
    FazhiAssertions.assertThat(clean).hasPart(Part.SHORTCOMINGS_AND_CAUSES);
    failure(() -> FazhiAssertions.assertThat(webCopy).hasPart(Part.SHORTCOMINGS_AND_CAUSES))
        .hasMessageContaining("to have a section of its own for part SHORTCOMINGS_AND_CAUSES (上一年度推进法治政府建设存在的不足和原因)")
        .hasMessageContaining("but it has none")
        .hasMessageContaining("MEASURES_AND_RESULTS: \"一、2023年法治政府建设主要举措和成效\" (line 7)")
        .hasMessageContaining("PRINCIPAL_RESPONSIBILITY: \"二、党政主要负责人履行推进法治建设第一责任人职责情况\" (line 27)")
        .hasMessageContaining("NEXT_YEAR_PLAN: \"三、2024年工作安排\" (line 29)")
        .hasMessageContaining("Parts discussed inside another part:\n  (none)");
    failure(() -> FazhiAssertions.assertThat(thematic).hasPart(Part.PRINCIPAL_RESPONSIBILITY))
        .hasMessageContaining("but it is only discussed inside MEASURES_AND_RESULTS")
        .hasMessageContaining("MEASURES_AND_RESULTS: \"强化组织领导，压实法治建设责任\" (line 6) and 4 more section(s)")
        .hasMessageContaining("PRINCIPAL_RESPONSIBILITY in MEASURES_AND_RESULTS: \"局党组书记、局长认真履行推进法治建设第一责任人职责\" (line 8)");
    failure(() -> FazhiAssertions.assertThat(bare).hasPart(Part.MEASURES_AND_RESULTS))
        .hasMessageContaining("Parts with a section of their own:\n  (none)");
  }

  @Test
  void hasNoPart() {
    FazhiAssertions.assertThat(webCopy).hasNoPart(Part.SHORTCOMINGS_AND_CAUSES).hasNoPart(Part.OTHER_MATTERS);
    failure(() -> FazhiAssertions.assertThat(clean).hasNoPart(Part.NEXT_YEAR_PLAN))
        .hasMessageContaining("not to have part NEXT_YEAR_PLAN")
        .hasMessageContaining("but it has a section for it: \"四、2025年推进法治政府建设的主要安排\" (line 44)");
    failure(() -> FazhiAssertions.assertThat(thematic).hasNoPart(Part.PRINCIPAL_RESPONSIBILITY))
        .hasMessageContaining("but it is discussed inside MEASURES_AND_RESULTS");
  }

  @Test
  void hasEmbeddedPart() {
    FazhiAssertions.assertThat(thematic).hasEmbeddedPart(Part.PRINCIPAL_RESPONSIBILITY, Part.MEASURES_AND_RESULTS);
    failure(() -> FazhiAssertions.assertThat(thematic)
            .hasEmbeddedPart(Part.PRINCIPAL_RESPONSIBILITY, Part.SHORTCOMINGS_AND_CAUSES))
        .hasMessageContaining("to discuss part PRINCIPAL_RESPONSIBILITY inside SHORTCOMINGS_AND_CAUSES")
        .hasMessageContaining("but it is discussed inside MEASURES_AND_RESULTS");
    failure(() -> FazhiAssertions.assertThat(clean)
            .hasEmbeddedPart(Part.PRINCIPAL_RESPONSIBILITY, Part.MEASURES_AND_RESULTS))
        .hasMessageContaining("but it has a section of its own: \"三、2024年党政主要负责人履行推进法治建设第一责任人职责");
    failure(() -> FazhiAssertions.assertThat(webCopy)
            .hasEmbeddedPart(Part.SHORTCOMINGS_AND_CAUSES, Part.MEASURES_AND_RESULTS))
        .hasMessageContaining("but it is not discussed anywhere");
  }

  @Test
  void signingAndPublicationDates() {
    FazhiAssertions.assertThat(webCopy).hasSignedOn(LocalDate.of(2024, 3, 28)).hasPublishedOn(LocalDate.of(2024, 5, 8));
    FazhiAssertions.assertThat(bare).hasNoSigningDate().hasNoPublicationDate();
    failure(() -> FazhiAssertions.assertThat(webCopy).hasSignedOn(LocalDate.of(2024, 3, 1)))
        .hasMessageContaining("to be signed on 2024-03-01")
        .hasMessageContaining("but it is signed on 2024-03-28 (line 39)");
    failure(() -> FazhiAssertions.assertThat(bare).hasSignedOn(LocalDate.of(2024, 3, 1)))
        .hasMessageContaining("but it carries no signing date");
    failure(() -> FazhiAssertions.assertThat(clean).hasNoSigningDate())
        .hasMessageContaining("to carry no signing date")
        .hasMessageContaining("but it is signed on 2025-02-18 (line 54)");
    failure(() -> FazhiAssertions.assertThat(webCopy).hasPublishedOn(LocalDate.of(2024, 3, 30)))
        .hasMessageContaining("but it is published on 2024-05-08 (line 4)");
    failure(() -> FazhiAssertions.assertThat(clean).hasPublishedOn(LocalDate.of(2025, 3, 1)))
        .hasMessageContaining("but it carries no publication date");
    failure(() -> FazhiAssertions.assertThat(webCopy).hasNoPublicationDate())
        .hasMessageContaining("to carry no publication date");
  }

  @Test
  void hasMetricListsTheFiguresPresent() {
    Report oneCount = json("""
        {"title": "某局报告", "sections": [{
          "heading": {"label": "一、", "level": 1, "number": 1, "style": "CHINESE_COMMA", "text": "主要举措和成效"},
          "part": "MEASURES_AND_RESULTS",
          "paragraphs": [{"text": "办理案件12件。", "figures": [
            {"kind": "COUNT", "subject": "办理案件", "value": 12, "unit": "件", "quote": "办理案件12件"}]}]}]}
        """);
    FazhiAssertions.assertThat(oneCount).hasMetric(FigureKind.COUNT).hasNoMetric(FigureKind.RATE);
    failure(() -> FazhiAssertions.assertThat(oneCount).hasMetric(FigureKind.RATE))
        .hasMessageContaining("to state a RATE figure")
        .hasMessageContaining("Figures present (1):\n  COUNT 办理案件: 12件 \"办理案件12件\"");
    failure(() -> FazhiAssertions.assertThat(bare).hasMetric(FigureKind.COUNT))
        .hasMessageContaining("Figures present (0):\n  (no figures)");
    failure(() -> FazhiAssertions.assertThat(oneCount).hasNoMetric(FigureKind.COUNT))
        .hasMessageContaining("to state no COUNT figure")
        .hasMessageContaining("but it states COUNT 办理案件: 12件");
  }

  @Test
  void hasTaskCompletion() {
    FazhiAssertions.assertThat(clean).hasTaskCompletion(48, 45).hasTaskCompletion(48, 45, 3);
    failure(() -> FazhiAssertions.assertThat(clean).hasTaskCompletion(48, 46))
        .hasMessageContaining("to state a TASK_COMPLETION with assigned 48, completed 46")
        .hasMessageContaining("TASK_COMPLETION “双随机、一公开”抽查任务: assigned 48, completed 45, closed 3, rate 100% (line 18)");
    failure(() -> FazhiAssertions.assertThat(clean).hasTaskCompletion(48, 45, 2))
        .hasMessageContaining("closed 2");
  }

  @Test
  void hasBreakdown() {
    FazhiAssertions.assertThat(clean).hasBreakdown(164, 152, 12);
    failure(() -> FazhiAssertions.assertThat(clean).hasBreakdown(164, 12, 152))
        .hasMessageContaining("to state a BREAKDOWN of total 164 into parts [12, 152]")
        .hasMessageContaining("BREAKDOWN 行政复议申请: total 164, parts [152, 12] (line 22)");
  }

  @Test
  void hasRate() {
    FazhiAssertions.assertThat(clean).hasRate(47, 260, "18.1").hasRate(96, 96, "100.0");
    failure(() -> FazhiAssertions.assertThat(clean).hasRate(47, 260, "18.08"))
        .hasMessageContaining("to state a RATE of 47/260 at 18.08%")
        .hasMessageContaining("RATE 优秀行政执法案卷: 47/260 at 18.1% (line 14)");
    assertThatThrownBy(() -> FazhiAssertions.assertThat(clean).hasRate(47, 260, "18,1%"))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  void hasSubset() {
    FazhiAssertions.assertThat(clean).hasSubset(2368, 237);
    failure(() -> FazhiAssertions.assertThat(clean).hasSubset(2368, 238))
        .hasMessageContaining("to state a SUBSET of 238 of 2368")
        .hasMessageContaining("SUBSET 优秀“法律明白人”: 237 of 2368 (line 29)");
  }

  @Test
  void hasCountAndHasAmount() {
    FazhiAssertions.assertThat(clean).hasCount(600, "人次").hasAmount("12865300.00").hasAmount("936400");
    failure(() -> FazhiAssertions.assertThat(clean).hasCount(600, "人"))
        .hasMessageContaining("to state a COUNT of 600人")
        .hasMessageContaining("COUNT 行政执法人员业务培训: 600人次 (approximate) (line 16) \"培训近600人次\"");
    failure(() -> FazhiAssertions.assertThat(clean).hasAmount("1286.53"))
        .hasMessageContaining("to state an AMOUNT of 1286.53 yuan")
        .hasMessageContaining("AMOUNT 为受援群众挽回经济损失: 12865300.00 yuan (written in 万元)");
  }

  @Test
  void hasMetricMatching() {
    FazhiAssertions.assertThat(clean).hasMetricMatching(
        figure -> figure instanceof Amount amount && amount.getStatedUnit() == MoneyUnit.YI_YUAN,
        "an amount in 亿元");
    failure(() -> FazhiAssertions.assertThat(clean).hasMetricMatching(
            figure -> figure instanceof Amount amount && amount.getYuan().compareTo(BigDecimal.ZERO) < 0,
            "a negative amount"))
        .hasMessageContaining("to state a negative amount")
        .hasMessageContaining("Figures present (41):")
        .hasMessageContaining("AMOUNT 政府合同涉及金额: 372000000.00 yuan (written in 亿元)");
  }

  @Test
  void longFigureListsAreCut() {
    StringBuilder figures = new StringBuilder();
    for (int i = 1; i <= ReportDescription.MAX_FIGURES + 5; i++) {
      figures.append(i > 1 ? "," : "").append("{\"kind\": \"COUNT\", \"value\": ").append(i).append(", \"unit\": \"件\"}");
    }
    Report many = json("{\"title\": \"数字很多的报告\", \"sections\": [{\"heading\": {\"level\": 1, \"text\": \"举措\"},"
        + " \"part\": \"MEASURES_AND_RESULTS\", \"paragraphs\": [{\"text\": \"很多数字\", \"figures\": [" + figures + "]}]}]}");
    failure(() -> FazhiAssertions.assertThat(many).hasCount(1000, "件"))
        .hasMessageContaining("Figures present (65):")
        .hasMessageContaining("COUNT: 60件")
        .hasMessageNotContaining("COUNT: 61件")
        .hasMessageContaining("... and 5 more");
  }

  @Test
  void hasSectionCount() {
    FazhiAssertions.assertThat(clean).hasSectionCount(4);
    failure(() -> FazhiAssertions.assertThat(clean).hasSectionCount(5))
        .hasMessageContaining("to have 5 top-level section(s)")
        .hasMessageContaining("but it has 4:\n  \"一、2024年推进法治政府建设的主要举措和成效\" (line 5)\n  \"二、");
    failure(() -> FazhiAssertions.assertThat(bare).hasSectionCount(1))
        .hasMessageContaining("but it has 0:\n  (no sections)");
  }

  @Test
  void hasHeadingListsTheHeadingsPresent() {
    FazhiAssertions.assertThat(clean).hasHeading("（三）发挥复议应诉").hasHeading("2.提高行政应诉水平");
    failure(() -> FazhiAssertions.assertThat(webCopy).hasHeading("二、存在的问题"))
        .hasMessageContaining("to have a heading starting with \"二、存在的问题\"")
        .hasMessageContaining("Headings present:\n  \"一、2023年法治政府建设主要举措和成效\" (line 7)\n    \"（一）坚持党的领导")
        .hasMessageContaining("\n      \"1、深化“双随机、一公开”监管\" (line 13)");
    assertThat(ReportDescription.headings(bare)).isEqualTo("  (no headings)");
  }
}
