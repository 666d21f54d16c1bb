package dev.fazhi.validation.rules.metric;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.withFigures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableRate;
import dev.fazhi.core.model.ImmutableTaskCompletion;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.SampleReports;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** metric.rate-out-of-range: trigger, near miss, traps. */
class RateOutOfRangeRuleTest {

  private static final String RULE = "metric.rate-out-of-range";

  private static ImmutableRate rate(String percent) {
    return ImmutableRate.copyOf(SampleReports.rate()).withNumerator(103).withDenominator(100)
        .withRatePercent(new BigDecimal(percent));
  }

  @Test
  void aCompletionRateOfOneHundredAndThreePercent() {
    Finding finding = only(withFigures(rate("103")), RULE);
    assertThat(finding.getMessage()).isEqualTo("比率103%超出0%至100%的范围");
    assertThat(finding.getExpected()).contains("0–100");
  }

  @Test
  void nearMissesExactlyOneHundredAndExactlyZero() {
    none(withFigures(rate("100").withNumerator(100)), RULE);
    none(withFigures(rate("0").withNumerator(0)), RULE);
  }

  @Test
  void trapsAHairOverANegativeCompletionRateAndAnEstimate() {
    only(withFigures(rate("100.1")), RULE);
    only(withFigures(ImmutableTaskCompletion.copyOf(SampleReports.completion())
        .withRatePercent(new BigDecimal("-1"))), RULE);
    // 完成率100%以上 is an estimate: not checked
    none(withFigures(rate("103").withApproximate(true)), RULE);
    // a completion with no stated rate has none to be out of range
    none(withFigures(ImmutableTaskCompletion.copyOf(SampleReports.completion())
        .withRatePercent((BigDecimal) null)), RULE);
  }
}
