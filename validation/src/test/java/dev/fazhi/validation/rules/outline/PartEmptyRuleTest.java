package dev.fazhi.validation.rules.outline;

import static dev.fazhi.validation.RuleTesting.measures;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.plan;
import static dev.fazhi.validation.RuleTesting.responsibility;
import static dev.fazhi.validation.RuleTesting.shortcomings;
import static dev.fazhi.validation.RuleTesting.top;
import static dev.fazhi.validation.SampleReports.paragraph;
import static dev.fazhi.validation.SampleReports.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** outline.part-empty: trigger, near miss, traps. */
class PartEmptyRuleTest {

  private static final String RULE = "outline.part-empty";

  private static final Section EMPTY_PLAN = ImmutableSection.copyOf(plan()).withParagraphs(List.of());

  @Test
  void thePlansHeadingWithNothingUnderIt() {
    Finding finding = only(top(measures(), shortcomings(), responsibility(), EMPTY_PLAN), RULE);
    assertThat(finding.getPart()).contains(Part.NEXT_YEAR_PLAN);
    assertThat(finding.getSection()).contains("四、2024年推进法治政府建设的主要安排");
    assertThat(finding.getMessage()).isEqualTo("标题“四、2024年推进法治政府建设的主要安排”下没有内容");
  }

  @Test
  void nearMissOneShortSentenceUnderIt() {
    none(top(measures(), shortcomings(), responsibility(),
        ImmutableSection.copyOf(EMPTY_PLAN).withParagraphs(paragraph("继续深化改革。"))), RULE);
  }

  @Test
  void trapsItemsUnderTheHeadingAreContentAndBlankLinesAreNot() {
    none(top(measures(), shortcomings(), responsibility(), ImmutableSection.copyOf(EMPTY_PLAN)
        .withSections(section(2, NumberingStyle.CHINESE_PAREN, 1, "深化执法改革", paragraph("推进综合执法。")))),
        RULE);
    // indentation left on an empty line (ideographic and no-break spaces) is nothing
    only(top(measures(), shortcomings(), responsibility(), ImmutableSection.copyOf(EMPTY_PLAN)
        .withParagraphs(paragraph("\u3000\u3000\u00a0"))), RULE);
  }
}
