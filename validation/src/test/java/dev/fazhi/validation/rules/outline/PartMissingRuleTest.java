package dev.fazhi.validation.rules.outline;

import static dev.fazhi.validation.RuleTesting.measures;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.plan;
import static dev.fazhi.validation.RuleTesting.shortcomings;
import static dev.fazhi.validation.RuleTesting.top;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Part;
import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** outline.part-missing: when it fires, when it must not, and its traps. */
class PartMissingRuleTest {

  @Test
  void partMissing() {
    Finding finding = only(top(measures(), shortcomings(), plan()), "outline.part-missing");
    assertThat(finding.getPart()).contains(Part.PRINCIPAL_RESPONSIBILITY);
    assertThat(finding.getLocation()).isEmpty();
    assertThat(finding.getMessage()).isEqualTo("缺少“党政主要负责人履行推进法治建设第一责任人职责”部分");
    none(clean(), "outline.part-missing");
  }
}
