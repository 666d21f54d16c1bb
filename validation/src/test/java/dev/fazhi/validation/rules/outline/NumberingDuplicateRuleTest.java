package dev.fazhi.validation.rules.outline;

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
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** outline.numbering-duplicate: when it fires, when it must not, and its traps. */
class NumberingDuplicateRuleTest {

  @Test
  void numberingDuplicate() {
    Section planAsTwo = ImmutableSection.copyOf(plan())
        .withHeading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 2, "2024年工作打算"));
    Finding finding = only(top(measures(), shortcomings(), responsibility(), planAsTwo),
        "outline.numbering-duplicate");
    assertThat(finding.getQuote().orElseThrow()).contains("二、2024年工作打算");
    assertThat(finding.getMessage()).contains("二、存在的不足和原因");
    none(clean(), "outline.numbering-duplicate");
  }
}
