package dev.fazhi.validation.rules.outline;

import static dev.fazhi.validation.RuleTesting.findings;
import static dev.fazhi.validation.RuleTesting.measures;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.plan;
import static dev.fazhi.validation.RuleTesting.responsibility;
import static dev.fazhi.validation.RuleTesting.shortcomings;
import static dev.fazhi.validation.RuleTesting.top;
import static dev.fazhi.validation.SampleReports.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** outline.causes-missing: trigger, near miss, traps. */
class CausesMissingRuleTest {

  private static final String RULE = "outline.causes-missing";

  private static Section shortcomingsSaying(String text) {
    return ImmutableSection.copyOf(shortcomings()).withParagraphs(paragraph(text));
  }

  @Test
  void problemsListedWithNoCause() {
    Finding finding = only(top(measures(), shortcomingsSaying("一是基层执法力量薄弱；二是信息化水平不高。"),
        responsibility(), plan()), RULE);
    assertThat(finding.getPart()).contains(Part.SHORTCOMINGS_AND_CAUSES);
    assertThat(finding.getMessage()).isEqualTo("“二、存在的不足和原因”列出了问题，但没有分析原因");
  }

  @Test
  void nearMissOneCauseGivenForOneProblem() {
    none(top(measures(), shortcomingsSaying("一是基层执法力量薄弱，由于编制所限；二是信息化水平不高。"),
        responsibility(), plan()), RULE);
  }

  @Test
  void trapsAffectedByIsACauseABackdropOrANamedFactorIsNotAndNoPartSaysNothing() {
    // 受…影响 within one clause gives a cause
    none(top(measures(), shortcomingsSaying("受疫情等多种因素影响，部分执法检查未能按期开展。"),
        responsibility(), plan()), RULE);
    // a changed situation, a named factor or 影响 as a verb is no cause
    for (String scene : List.of("随着经济社会发展，违法行为日益隐蔽，执法能力有待提升。",
        "基层存在不稳定因素，执法力量薄弱。", "受理渠道不畅，影响群众办事。")) {
      assertThat(findings(top(measures(), shortcomingsSaying(scene), responsibility(), plan()), RULE))
          .as(scene).hasSize(1);
    }
    // no shortcomings part at all is outline.part-missing's to say, not this rule's
    none(top(measures(), responsibility(), plan()), RULE);
  }
}
