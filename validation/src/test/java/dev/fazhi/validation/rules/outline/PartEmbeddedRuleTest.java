package dev.fazhi.validation.rules.outline;

import static dev.fazhi.validation.RuleTesting.measures;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.plan;
import static dev.fazhi.validation.RuleTesting.shortcomings;
import static dev.fazhi.validation.RuleTesting.top;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.EmbeddedPart;
import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.RuleTesting;
import org.junit.jupiter.api.Test;

/** outline.part-embedded: when it fires, when it must not, and its traps. */
class PartEmbeddedRuleTest {

  @Test
  void partEmbeddedIsNoPartMissing() {
    ImmutableReport embedded = top(measures(), shortcomings(), plan()).withEmbeddedParts(
        java.util.Map.of(Part.PRINCIPAL_RESPONSIBILITY, EmbeddedPart.builder()
            .embeddedIn(Part.MEASURES_AND_RESULTS).quote("全面落实法治建设第一责任人制度")
            .location(SourceLocation.of(9, 9, 300)).build()));
    Finding finding = only(embedded, "outline.part-embedded");
    assertThat(finding.getPart()).contains(Part.PRINCIPAL_RESPONSIBILITY);
    assertThat(finding.getQuote().orElseThrow()).contains("全面落实法治建设第一责任人制度");
    assertThat(finding.getLocation()).contains(SourceLocation.of(9, 9, 300));
    none(embedded, "outline.part-missing");
    none(clean(), "outline.part-embedded");
  }

  @Test
  void partEmbeddedInAReportWithoutSourceTextNamesTheSectionItStandsIn() {
    // as read from JSON: sections and the embedded part carry locations, the report no source text
    Section measures = ImmutableSection.copyOf(measures()).withLocation(SourceLocation.of(3, 1, 40));
    Section shortcomings = ImmutableSection.copyOf(shortcomings()).withLocation(SourceLocation.of(20, 1, 900));
    Section plan = ImmutableSection.copyOf(plan()).withLocation(SourceLocation.of(30, 1, 1400));
    ImmutableReport embedded = top(measures, shortcomings, plan).withEmbeddedParts(
        java.util.Map.of(Part.PRINCIPAL_RESPONSIBILITY, EmbeddedPart.builder()
            .embeddedIn(Part.MEASURES_AND_RESULTS).quote("全面落实法治建设第一责任人制度")
            .location(SourceLocation.of(9, 9, 300)).build()));
    assertThat(embedded.getSourceText()).isEmpty();
    Finding finding = only(embedded, "outline.part-embedded");
    assertThat(finding.getSection()).contains("一、2023年推进法治政府建设的主要举措和成效");
    assertThat(finding.getLocation()).contains(SourceLocation.of(9, 9, 300));
    assertThat(finding.getPart()).contains(Part.PRINCIPAL_RESPONSIBILITY);
  }

  private static EmbeddedPart insideMeasures(String quote) {
    return EmbeddedPart.builder().embeddedIn(Part.MEASURES_AND_RESULTS).quote(quote)
        .location(SourceLocation.of(9, 1, 300)).build();
  }

  /**
   * The trigger as rules.md gives it: "a required part has no section of its own but its content is
   * discussed inside another part (e.g. 第一责任人 duties as item 1 under the measures)", read from a
   * text: reported as embedded, not as missing.
   */
  @Test
  void principalDutiesAsItemOneUnderTheMeasuresAreReportedFromAText() {
    dev.fazhi.core.model.Report report = dev.fazhi.core.read.ReportReader.defaults().read("""
        某县交通运输局2023年法治政府建设年度报告
        一、2023年推进法治政府建设的主要举措和成效
        （一）全面落实法治建设第一责任人职责
        局党组书记、局长切实履行推进法治建设第一责任人职责，全年主持召开专题会议4次。
        （二）严格规范行政执法
        全年办理行政处罚案件86件，其中简易程序30件、普通程序56件。
        二、存在的不足和原因
        执法人员业务水平参差不齐，主要是培训不够系统。
        三、2024年工作打算
        持续加强执法队伍建设。
        2024年1月12日
        """);
    Finding finding = only(report, "outline.part-embedded");
    assertThat(finding.getPart()).contains(Part.PRINCIPAL_RESPONSIBILITY);
    none(report, "outline.part-missing");
  }

  /**
   * Near miss, outline.md: the principal part may stand as a section of its own "(some reports put it
   * first)": first, out of order, it has its own section and is not embedded (outline.part-order
   * speaks of the order).
   */
  @Test
  void aPrincipalSectionPutFirstIsNotEmbedded() {
    ImmutableReport first = top(RuleTesting.responsibility(), measures(), shortcomings(), plan());
    none(first, "outline.part-embedded");
    none(first, "outline.part-missing");
  }

  /**
   * Trap: "has no section of its own" is the condition. A part that has a section is never embedded,
   * even where the reader also noted its words inside the measures.
   */
  @Test
  void aPartWithItsOwnSectionIsNotEmbeddedToo() {
    ImmutableReport both = clean().withEmbeddedParts(java.util.Map.of(Part.PRINCIPAL_RESPONSIBILITY,
        insideMeasures("全面落实法治建设第一责任人制度")));
    none(both, "outline.part-embedded");
  }

  /**
   * Trap: only "a required part" is reported. rules.md names four required parts; OTHER_MATTERS
   * (其他需要报告的情况) is not one of them, so discussed inside another part it is silent.
   */
  @Test
  void otherMattersInsideAnotherPartAreSilent() {
    ImmutableReport other = clean().withEmbeddedParts(java.util.Map.of(Part.OTHER_MATTERS,
        insideMeasures("其他需要说明的情况")));
    none(other, "outline.part-embedded");
  }

  /**
   * Trap, outline.md: "Several top-level sections may together form one part (thematic headings are
   * all measures)": measures split over thematic top-level sections embed nothing.
   */
  @Test
  void thematicTopLevelSectionsOfTheMeasuresEmbedNothing() {
    Section second = ImmutableSection.copyOf(dev.fazhi.validation.SampleReports.section(1,
        dev.fazhi.core.model.NumberingStyle.CHINESE_COMMA, 2, "强化党建引领，筑牢法治建设根基",
        dev.fazhi.validation.SampleReports.paragraph("组织专题学习6次。")))
        .withPart(Part.MEASURES_AND_RESULTS);
    none(top(measures(), second, shortcomings(), RuleTesting.responsibility(), plan()),
        "outline.part-embedded");
  }
}
