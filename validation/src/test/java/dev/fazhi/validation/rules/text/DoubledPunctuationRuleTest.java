package dev.fazhi.validation.rules.text;

import static dev.fazhi.validation.RuleTesting.findings;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.saying;
import static dev.fazhi.validation.RuleTesting.sayingAt;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** text.doubled-punctuation: when it fires, when it must not, and its traps. */
class DoubledPunctuationRuleTest {

  @Test
  void doubledPunctuation() {
    Finding finding = only(saying("完善举报受理、、重大案件管理。"), "text.doubled-punctuation");
    assertThat(finding.getQuote().orElseThrow()).contains("、、");
    assertThat(finding.getSection())
        .contains("一、2023年推进法治政府建设的主要举措和成效 / （一）严格规范公正文明执法");
    none(saying("他说……这是——重点。"), "text.doubled-punctuation");
    assertThat(findings(saying("讨论、、管理、、评查、、应急"), "text.doubled-punctuation"))
        .extracting(f -> f.getQuote().orElseThrow()).hasSize(3);
    assertThat(findings(clean().withSourceText("讨论、、管理、、评查、、应急\n"),
        "text.doubled-punctuation")).extracting(f -> f.getLocation().orElseThrow().getColumn())
        .containsExactly(3, 7, 11);
  }

  @Test
  void withoutSourceTextAFindingStandsAtItsColumnInTheParagraph() {
    Finding finding = only(sayingAt("完善举报受理、、重大案件管理。", SourceLocation.of(20, 3, 700)),
        "text.doubled-punctuation");
    assertThat(finding.getLocation()).contains(SourceLocation.of(20, 9, 706));
    assertThat(finding.getSection())
        .contains("一、2023年推进法治政府建设的主要举措和成效 / （一）严格规范公正文明执法");
    // after a line break in the paragraph the column is unknown: the paragraph's start stands for it
    Finding later = only(sayingAt("完善举报受理\n重大、、案件管理。", SourceLocation.of(20, 3, 700)),
        "text.doubled-punctuation");
    assertThat(later.getLocation()).contains(SourceLocation.of(20, 3, 700));
    assertThat(later.getSection()).isPresent();
  }
}
