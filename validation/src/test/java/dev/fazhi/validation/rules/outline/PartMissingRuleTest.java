package dev.fazhi.validation.rules.outline;

import static dev.fazhi.validation.RuleTesting.findings;
import static dev.fazhi.validation.RuleTesting.measures;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.plan;
import static dev.fazhi.validation.RuleTesting.responsibility;
import static dev.fazhi.validation.RuleTesting.shortcomings;
import static dev.fazhi.validation.RuleTesting.top;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.EmbeddedPart;
import dev.fazhi.core.model.Part;
import dev.fazhi.validation.Finding;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** outline.part-missing: trigger, near miss, traps. */
class PartMissingRuleTest {

  private static final String RULE = "outline.part-missing";

  @Test
  void noPrincipalResponsibilityAnywhere() {
    Finding finding = only(top(measures(), shortcomings(), plan()), RULE);
    assertThat(finding.getPart()).contains(Part.PRINCIPAL_RESPONSIBILITY);
    assertThat(finding.getLocation()).isEmpty();
    assertThat(finding.getMessage()).isEqualTo("缺少“党政主要负责人履行推进法治建设第一责任人职责”部分");
  }

  @Test
  void nearMissThePartOnlyDiscussedInsideAnother() {
    // 第一责任人 duties as an item under the measures: embedded (another rule), not missing
    none(top(measures(), shortcomings(), plan()).withEmbeddedParts(Map.of(
        Part.PRINCIPAL_RESPONSIBILITY, EmbeddedPart.builder().embeddedIn(Part.MEASURES_AND_RESULTS)
            .quote("3.认真履行推进法治建设第一责任人职责").build())), RULE);
  }

  @Test
  void trapsOtherMattersAreNotRequiredAndEachMissingPartIsOneFinding() {
    // 其他需要报告的情况 is not one of the four required parts
    none(top(measures(), shortcomings(), responsibility(), plan()), RULE);
    assertThat(findings(top(measures()), RULE)).extracting(f -> f.getPart().orElseThrow())
        .containsExactly(Part.SHORTCOMINGS_AND_CAUSES, Part.PRINCIPAL_RESPONSIBILITY,
            Part.NEXT_YEAR_PLAN);
  }
}
