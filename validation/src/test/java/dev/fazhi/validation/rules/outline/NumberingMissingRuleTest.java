package dev.fazhi.validation.rules.outline;

import static dev.fazhi.validation.RuleTesting.measures;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.plan;
import static dev.fazhi.validation.RuleTesting.responsibility;
import static dev.fazhi.validation.RuleTesting.shortcomings;
import static dev.fazhi.validation.RuleTesting.top;
import static dev.fazhi.validation.SampleReports.paragraph;
import static dev.fazhi.validation.SampleReports.part;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** outline.numbering-missing: when it fires, when it must not, and its traps. */
class NumberingMissingRuleTest {

  @Test
  void numberingMissing() {
    Section unlabelled = ImmutableSection.copyOf(shortcomings())
        .withHeading(Heading.unnumbered(1, "2023年推进法治政府建设存在的不足和原因"));
    Finding finding = only(top(measures(), unlabelled, responsibility(), plan()),
        "outline.numbering-missing");
    assertThat(finding.getQuote().orElseThrow()).contains("2023年推进法治政府建设存在的不足和原因");
    Section thematicA = part(Part.MEASURES_AND_RESULTS, Section.builder()
        .heading(Heading.unnumbered(1, "强化领导责任，提供有力保障")).addParagraphs(paragraph("审核案件15件。"))
        .build());
    Section thematicB = ImmutableSection.copyOf(thematicA)
        .withHeading(Heading.unnumbered(1, "加大法治宣传，落实普法责任"));
    none(top(thematicA, thematicB), "outline.numbering-missing");
  }
}
