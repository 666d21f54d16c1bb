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
import static dev.fazhi.validation.SampleReports.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** outline.part-order: when it fires, when it must not, and its traps. */
class PartOrderRuleTest {

  @Test
  void partOrder() {
    Finding finding = only(top(measures(), responsibility(), shortcomings(), plan()),
        "outline.part-order");
    assertThat(finding.getPart()).contains(Part.SHORTCOMINGS_AND_CAUSES);
    assertThat(finding.getQuote().orElseThrow()).contains("二、存在的不足和原因");
    Section other = part(Part.OTHER_MATTERS,
        section(1, NumberingStyle.CHINESE_COMMA, 5, "其他需要说明的问题", paragraph("无。")));
    none(top(measures(), other, shortcomings(), responsibility(), plan()), "outline.part-order");
  }
}
