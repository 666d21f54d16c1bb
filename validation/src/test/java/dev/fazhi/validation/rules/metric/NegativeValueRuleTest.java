package dev.fazhi.validation.rules.metric;

import static dev.fazhi.validation.RuleTesting.findings;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.withFigures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.ImmutableBreakdown;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.SampleReports;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** metric.negative-value: trigger, near miss, traps. */
class NegativeValueRuleTest {

  private static final String RULE = "metric.negative-value";

  @Test
  void aNegativeCount() {
    Finding finding = only(withFigures(Count.builder().subject("投诉举报").value(-3).unit("件")
        .quote("受理投诉举报-3件").build()), RULE);
    assertThat(finding.getMessage()).isEqualTo("数值-3为负数");
    assertThat(finding.getQuote().orElseThrow()).contains("受理投诉举报-3件");
    assertThat(finding.getSection()).isPresent();
  }

  @Test
  void nearMissZeroCountAndZeroAmount() {
    none(withFigures(Count.builder().subject("行政复议纠错").value(0).unit("件").build(),
        Amount.builder().subject("罚没款").yuan(BigDecimal.ZERO).build()), RULE);
  }

  @Test
  void trapsAFractionOfAYuanAnApproximateValueAndEveryNegativePartOnce() {
    only(withFigures(Amount.builder().subject("退还款").yuan(new BigDecimal("-0.01")).build()), RULE);
    // approximate or not, a value below zero is never right
    only(withFigures(Count.builder().subject("培训").value(-300).unit("人次").approximate(true).build()),
        RULE);
    // one finding per negative value of a figure
    assertThat(findings(withFigures(ImmutableBreakdown.copyOf(SampleReports.breakdown()).withTotal(-1)
        .withParts(2L, -3L)), RULE)).hasSize(2);
  }
}
