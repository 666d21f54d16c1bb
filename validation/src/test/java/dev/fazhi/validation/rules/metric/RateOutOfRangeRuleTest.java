package dev.fazhi.validation.rules.metric;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.withFigures;

import dev.fazhi.core.model.ImmutableRate;
import dev.fazhi.core.model.ImmutableTaskCompletion;
import dev.fazhi.validation.SampleReports;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** metric.rate-out-of-range: when it fires, when it must not, and its traps. */
class RateOutOfRangeRuleTest {

  @Test
  void rateOutOfRange() {
    only(withFigures(ImmutableRate.copyOf(SampleReports.rate()).withNumerator(103)
        .withDenominator(100).withRatePercent(new BigDecimal("103"))), "metric.rate-out-of-range");
    only(withFigures(ImmutableTaskCompletion.copyOf(SampleReports.completion())
        .withRatePercent(new BigDecimal("-1"))), "metric.rate-out-of-range");
    none(withFigures(ImmutableRate.copyOf(SampleReports.rate()).withNumerator(100)
        .withDenominator(100).withRatePercent(new BigDecimal("100"))), "metric.rate-out-of-range");
  }
}
