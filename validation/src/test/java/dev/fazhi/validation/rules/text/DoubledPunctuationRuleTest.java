package dev.fazhi.validation.rules.text;

import static dev.fazhi.validation.RuleTesting.findings;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.saying;
import static dev.fazhi.validation.RuleTesting.sayingAt;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.RuleTesting;
import dev.fazhi.validation.SampleReports;
import org.junit.jupiter.api.Test;

/** text.doubled-punctuation: trigger, near miss, traps. */
class DoubledPunctuationRuleTest {

  private static final String RULE = "text.doubled-punctuation";

  @Test
  void aDoubledEnumerationComma() {
    Finding finding = only(saying("完善举报受理、、重大案件管理。"), RULE);
    assertThat(finding.getQuote().orElseThrow()).contains("、、");
    assertThat(finding.getMessage()).isEqualTo("标点“、、”连续重复");
    assertThat(finding.getSection())
        .contains("一、2023年推进法治政府建设的主要举措和成效 / （一）严格规范公正文明执法");
  }

  @Test
  void nearMissTwoDifferentMarks() {
    none(saying("完善举报受理、，重大案件管理。"), RULE);
  }

  @Test
  void trapsEllipsisAndDashAreTwoCharactersEachRunIsOneAndTwoTextsDoNotMeet() {
    none(saying("他说……这是——重点。"), RULE);
    assertThat(findings(saying("讨论、、管理，，，评查。。应急"), RULE)).hasSize(3);
    assertThat(findings(clean().withSourceText("讨论、、管理、、评查、、应急\n"), RULE))
        .extracting(f -> f.getLocation().orElseThrow().getColumn()).containsExactly(3, 7, 11);
    // one paragraph ending in 。 and the next starting with 。 are two texts
    ImmutableSection first = ImmutableSection.copyOf(RuleTesting.measures().getSections().get(0));
    none(RuleTesting.withMeasureChildren(first.withParagraphs(SampleReports.paragraph("开展培训。"),
        SampleReports.paragraph("。共培训300人次"))), RULE);
  }

  @Test
  void withoutSourceTextAFindingStandsAtItsColumnInTheParagraph() {
    Finding finding = only(sayingAt("完善举报受理、、重大案件管理。", SourceLocation.of(20, 3, 700)), RULE);
    assertThat(finding.getLocation()).contains(SourceLocation.of(20, 9, 706));
    // after a line break in the paragraph the column is unknown: the paragraph's start stands for it
    Finding later = only(sayingAt("完善举报受理\n重大、、案件管理。", SourceLocation.of(20, 3, 700)), RULE);
    assertThat(later.getLocation()).contains(SourceLocation.of(20, 3, 700));
    assertThat(later.getSection()).isPresent();
  }
}
