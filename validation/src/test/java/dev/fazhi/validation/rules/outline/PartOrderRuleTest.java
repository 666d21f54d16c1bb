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

/** outline.part-order: trigger, near miss, traps. */
class PartOrderRuleTest {

  private static final String RULE = "outline.part-order";

  private static Section other(int number) {
    return part(Part.OTHER_MATTERS, section(1, NumberingStyle.CHINESE_COMMA, number,
        "其他需要报告的情况", paragraph("本年度无其他需要报告的事项。")));
  }

  private static Section measure(int number, String heading) {
    return part(Part.MEASURES_AND_RESULTS, section(1, NumberingStyle.CHINESE_COMMA, number, heading,
        paragraph("全年组织执法检查36次。")));
  }

  @Test
  void principalResponsibilityBeforeTheShortcomings() {
    Finding finding = only(top(measures(), responsibility(), shortcomings(), plan()), RULE);
    assertThat(finding.getPart()).contains(Part.SHORTCOMINGS_AND_CAUSES);
    assertThat(finding.getQuote().orElseThrow()).contains("二、存在的不足和原因");
  }

  @Test
  void nearMissTheFourPartsInOrder() {
    none(top(measures(), shortcomings(), responsibility(), plan()), RULE);
  }

  @Test
  void trapsOtherMattersAnywhereAndSeveralThematicMeasureSections() {
    none(top(other(1), measures(), shortcomings(), other(4), responsibility(), plan(), other(7)), RULE);
    // thematic headings are all measures: several top sections form one part
    none(top(measure(1, "坚持依法决策"), measure(2, "深化执法改革"), shortcomings(), responsibility(),
        plan()), RULE);
  }
}
