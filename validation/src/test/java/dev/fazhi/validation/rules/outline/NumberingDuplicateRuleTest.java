package dev.fazhi.validation.rules.outline;

import static dev.fazhi.validation.RuleTesting.child;
import static dev.fazhi.validation.RuleTesting.measures;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.plan;
import static dev.fazhi.validation.RuleTesting.responsibility;
import static dev.fazhi.validation.RuleTesting.shortcomings;
import static dev.fazhi.validation.RuleTesting.top;
import static dev.fazhi.validation.RuleTesting.withMeasureChildren;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** outline.numbering-duplicate: trigger, near miss, traps. */
class NumberingDuplicateRuleTest {

  private static final String RULE = "outline.numbering-duplicate";

  private static Section planNumbered(int number) {
    return ImmutableSection.copyOf(plan())
        .withHeading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, number, "2024年工作打算"));
  }

  @Test
  void twoTopHeadingsNumberedTwo() {
    Finding finding = only(top(measures(), shortcomings(), responsibility(), planNumbered(2)), RULE);
    assertThat(finding.getQuote().orElseThrow()).contains("二、2024年工作打算");
    assertThat(finding.getMessage()).startsWith("标题“二、2024年工作打算”与同级标题“二、存在的不足和原因”序号重复");
  }

  @Test
  void nearMissTheNextNumber() {
    none(top(measures(), shortcomings(), responsibility(), planNumbered(4)), RULE);
  }

  @Test
  void trapsTheSameNumberUnderAnotherParent() {
    // （一） under 一、 and （一） under 二、 are not siblings
    Section shortcomingsWithItems = ImmutableSection.copyOf(shortcomings())
        .withSections(child(1, "执法力量不足"), child(2, "监督方式单一"));
    none(withMeasureChildren(child(1, "严格执法"), child(2, "政务公开")).withSections(
        withMeasureChildren(child(1, "严格执法"), child(2, "政务公开")).getSections().get(0),
        shortcomingsWithItems, responsibility(), planNumbered(4)), RULE);
  }
}
