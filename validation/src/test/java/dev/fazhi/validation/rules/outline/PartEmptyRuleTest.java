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

/** outline.part-empty: when it fires, when it must not, and its traps. */
class PartEmptyRuleTest {

  @Test
  void partEmpty() {
    Section emptyPlan = ImmutableSection.copyOf(plan()).withParagraphs(List.of());
    Finding finding = only(top(measures(), shortcomings(), responsibility(), emptyPlan),
        "outline.part-empty");
    assertThat(finding.getPart()).contains(Part.NEXT_YEAR_PLAN);
    assertThat(finding.getSection()).contains("四、2024年推进法治政府建设的主要安排");
    Section planWithItems = ImmutableSection.copyOf(emptyPlan).withSections(
        section(2, NumberingStyle.CHINESE_PAREN, 1, "深化执法改革", paragraph("推进综合执法。")));
    none(top(measures(), shortcomings(), responsibility(), planWithItems), "outline.part-empty");
  }
}
