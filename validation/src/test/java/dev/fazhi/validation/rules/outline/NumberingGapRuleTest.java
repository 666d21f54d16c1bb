package dev.fazhi.validation.rules.outline;

import static dev.fazhi.validation.RuleTesting.child;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.withMeasureChildren;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** outline.numbering-gap: when it fires, when it must not, and its traps. */
class NumberingGapRuleTest {

  @Test
  void numberingGap() {
    Finding finding = only(withMeasureChildren(child(1, "甲"), child(2, "乙"), child(4, "丁")),
        "outline.numbering-gap");
    assertThat(finding.getExpected()).contains("（三）");
    assertThat(finding.getActual()).contains("（四）");
    assertThat(finding.getSection()).contains("一、2023年推进法治政府建设的主要举措和成效 / （四）丁");
    Finding late = only(withMeasureChildren(child(3, "丙"), child(4, "丁")), "outline.numbering-gap");
    assertThat(late.getQuote().orElseThrow()).contains("（三）丙");
    none(withMeasureChildren(child(1, "甲"), child(2, "乙"), child(3, "丙")), "outline.numbering-gap");
  }
}
