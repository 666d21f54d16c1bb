package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.RuleTesting.measures;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.plan;
import static dev.fazhi.validation.RuleTesting.responsibility;
import static dev.fazhi.validation.RuleTesting.shortcomings;
import static dev.fazhi.validation.RuleTesting.top;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** meta.year-mismatch: trigger, near miss, traps. */
class YearMismatchRuleTest {

  private static final String RULE = "meta.year-mismatch";

  private static Section planHeaded(String text) {
    return ImmutableSection.copyOf(plan())
        .withHeading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 4, text));
  }

  @Test
  void aPlanForTheYearAfterNext() {
    Finding finding = only(top(measures(), shortcomings(), responsibility(), planHeaded("2025年工作打算")),
        RULE);
    assertThat(finding.getExpected()).contains("2024");
    assertThat(finding.getActual()).contains("2025");
    assertThat(finding.getPart()).contains(Part.NEXT_YEAR_PLAN);
    assertThat(finding.getMessage()).isEqualTo("“四、2025年工作打算”所称年份为2025年，应为2024年");
  }

  @Test
  void nearMissThePlanForTheNextYear() {
    none(top(measures(), shortcomings(), responsibility(), planHeaded("2024年工作打算")), RULE);
  }

  @Test
  void trapsARangeOfYearsIsNoYearAndTheTitleIsCheckedToo() {
    none(top(measures(), shortcomings(), responsibility(),
        planHeaded("2024年工作打算（落实2021-2025年规划）")), RULE);
    Finding title = only(clean().withTitle("某区司法局关于2022年法治政府建设情况的报告"), RULE);
    assertThat(title.getMessageKey()).isEqualTo(RULE + ".message.title");
  }
}
