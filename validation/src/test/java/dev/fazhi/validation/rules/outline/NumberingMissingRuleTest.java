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

/** outline.numbering-missing: trigger, near miss, traps. */
class NumberingMissingRuleTest {

  private static final String RULE = "outline.numbering-missing";

  private static Section thematic(String heading) {
    return part(Part.MEASURES_AND_RESULTS, Section.builder().heading(Heading.unnumbered(1, heading))
        .addParagraphs(paragraph("审核规范性文件15件。")).build());
  }

  @Test
  void oneTopHeadingLostItsNumber() {
    Section unlabelled = ImmutableSection.copyOf(shortcomings())
        .withHeading(Heading.unnumbered(1, "2023年推进法治政府建设存在的不足和原因"));
    Finding finding = only(top(measures(), unlabelled, responsibility(), plan()), RULE);
    assertThat(finding.getQuote().orElseThrow()).contains("2023年推进法治政府建设存在的不足和原因");
    assertThat(finding.getMessage()).isEqualTo("标题“2023年推进法治政府建设存在的不足和原因”没有序号，而其同级标题有序号");
  }

  @Test
  void nearMissEverySiblingNumbered() {
    none(top(measures(), shortcomings(), responsibility(), plan()), RULE);
  }

  @Test
  void trapsHeadingsAllUnnumberedAreAStyleNotAMissingNumber() {
    // thematic headings written without numbers, all alike
    none(top(thematic("强化领导责任，提供有力保障"), thematic("加大法治宣传，落实普法责任")), RULE);
  }
}
