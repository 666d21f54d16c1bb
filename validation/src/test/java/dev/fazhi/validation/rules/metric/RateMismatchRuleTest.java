package dev.fazhi.validation.rules.metric;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.withFigures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableRate;
import dev.fazhi.core.model.ImmutableTaskCompletion;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.RateBound;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.SampleReports;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** metric.rate-mismatch: trigger, near misses at the stated rounding, traps. */
class RateMismatchRuleTest {

  @Test
  void rateMismatchOnACompletion() {
    Finding finding = only(withFigures(
        ImmutableTaskCompletion.copyOf(SampleReports.completion()).withAssigned(331)),
        "metric.rate-mismatch");
    assertThat(finding.getMessage()).isEqualTo("完成数254 + 关闭数67 ≠ 任务数331，与所称完结率100%不符");
    assertThat(finding.getExpected()).contains("331");
    assertThat(finding.getActual()).contains("321");
    assertThat(finding.getImbalance()).contains(new BigDecimal("-10"));
  }

  @Test
  void rateMismatchJudgesTheStatedRounding() {
    none(withFigures(SampleReports.rate()), "metric.rate-mismatch");
    none(withFigures(ImmutableRate.copyOf(SampleReports.rate()).withNumerator(191)
        .withDenominator(434).withRatePercent(new BigDecimal("44"))), "metric.rate-mismatch");
    Finding finding = only(withFigures(ImmutableRate.copyOf(SampleReports.rate())
        .withRatePercent(new BigDecimal("46.3"))), "metric.rate-mismatch");
    assertThat(finding.getMessage()).isEqualTo("166 / 359 = 46.240%，与所称比率46.3%不符");
    none(withFigures(ImmutableRate.copyOf(SampleReports.rate())
        .withRatePercent(new BigDecimal("46.3")).withApproximate(true)), "metric.rate-mismatch");
  }

  @Test
  void rateBoundsAreOneSided() {
    ImmutableRate ninetySix = ImmutableRate.copyOf(SampleReports.rate()).withNumerator(96)
        .withDenominator(100);
    none(withFigures(ninetySix.withRatePercent(new BigDecimal("95"))
        .withRateBound(RateBound.AT_LEAST)), "metric.rate-mismatch");
    only(withFigures(ninetySix.withRatePercent(new BigDecimal("98"))
        .withRateBound(RateBound.AT_LEAST)), "metric.rate-mismatch");
    none(withFigures(ninetySix.withRatePercent(new BigDecimal("98"))
        .withRateBound(RateBound.AT_MOST)), "metric.rate-mismatch");
    Finding below = only(withFigures(ninetySix.withRatePercent(new BigDecimal("90"))
        .withRateBound(RateBound.AT_MOST)), "metric.rate-mismatch");
    assertThat(below.getMessage()).contains("90%以下");
  }

  @Test
  void trapsNoDenominatorIsNoRatioAndTheSpecificationsExampleIsWrong() {
    // a rate over no denominator (a share of nothing stated) is never computed
    none(withFigures(ImmutableRate.copyOf(SampleReports.rate()).withDenominator(0)),
        "metric.rate-mismatch");
    // 排查矛盾纠纷1250件，化解1180件，化解率96.8%: 1180 / 1250 = 94.4 %, so the stated rate is wrong
    Finding finding = only(withFigures(Rate.builder().subject("矛盾纠纷").numerator(1180)
        .denominator(1250).ratePercent(new BigDecimal("96.8"))
        .quote("排查矛盾纠纷1250件，化解1180件，化解率96.8%").build()), "metric.rate-mismatch");
    assertThat(finding.getMessage()).startsWith("1180 / 1250 = 94.4");
  }
}
