package dev.fazhi.validation.rules.metric;

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

/** metric.negative-value: when it fires, when it must not, and its traps. */
class NegativeValueRuleTest {

  @Test
  void negativeValue() {
    Finding count = only(withFigures(Count.builder().subject("投诉").value(-1).unit("件")
        .quote("投诉-1件").build()), "metric.negative-value");
    assertThat(count.getQuote().orElseThrow()).contains("投诉-1件");
    assertThat(count.getSection()).isPresent();
    only(withFigures(Amount.builder().yuan(new BigDecimal("-5")).build()), "metric.negative-value");
    only(withFigures(ImmutableBreakdown.copyOf(SampleReports.breakdown()).withTotal(5)
        .withParts(7L, -2L)), "metric.negative-value");
    none(withFigures(Count.builder().value(0).unit("件").build(),
        Amount.builder().yuan(BigDecimal.ZERO).build()), "metric.negative-value");
  }
}
