package dev.fazhi.validation.rules.outline;

import static dev.fazhi.validation.RuleTesting.child;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.withMeasureChildren;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** outline.numbering-gap: trigger, near miss, traps. */
class NumberingGapRuleTest {

  private static final String RULE = "outline.numbering-gap";

  @Test
  void theThirdItemSkipped() {
    Finding finding = only(withMeasureChildren(child(1, "严格执法"), child(2, "政务公开"),
        child(4, "普法宣传")), RULE);
    assertThat(finding.getExpected()).contains("（三）");
    assertThat(finding.getActual()).contains("（四）");
    assertThat(finding.getSection()).contains("一、2023年推进法治政府建设的主要举措和成效 / （四）普法宣传");
    assertThat(finding.getMessage()).startsWith("同级标题序号不连续").contains("（三）", "（四）普法宣传");
  }

  @Test
  void nearMissOneTwoThree() {
    none(withMeasureChildren(child(1, "严格执法"), child(2, "政务公开"), child(3, "普法宣传")), RULE);
  }

  @Test
  void trapsAFirstNumberThatIsNotOneAndASingleHeading() {
    // （三） with no （一） or （二） before it does not start at one: found at the first heading
    Finding late = only(withMeasureChildren(child(3, "普法宣传"), child(4, "依法决策")), RULE);
    assertThat(late.getQuote().orElseThrow()).contains("（三）普法宣传");
    // one heading alone numbered （一） is no gap
    none(withMeasureChildren(child(1, "严格执法")), RULE);
  }
}
