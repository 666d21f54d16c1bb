package dev.fazhi.validation.rules.metric;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.withFigures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableSubset;
import dev.fazhi.core.model.Subset;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.SampleReports;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** metric.subset-exceeds-total: trigger, near miss, traps. */
class SubsetExceedsTotalRuleTest {

  private static final String RULE = "metric.subset-exceeds-total";

  private static ImmutableSubset subset() {
    return ImmutableSubset.copyOf(SampleReports.subset());
  }

  @Test
  void morePublicisedThanPunished() {
    Finding finding = only(withFigures(subset().withSubset(700)), RULE);
    assertThat(finding.getMessage()).isEqualTo("部分数700超过总数634");
    assertThat(finding.getImbalance()).contains(new BigDecimal("66"));
    assertThat(finding.getQuote()).contains("行政处罚634宗，行政处罚公示184宗");
  }

  @Test
  void nearMissEveryOneOfThemPublicised() {
    none(withFigures(subset().withSubset(634)), RULE);
  }

  @Test
  void trapsAnApproximateSubsetAndASubsetNamedDifferently() {
    // 公示700余宗: an estimate is never checked as exact
    none(withFigures(subset().withSubset(700).withApproximate(true)), RULE);
    // a subset named differently from its whole (办理行政处罚案件215件……公示处罚决定209件) is still one
    none(withFigures(Subset.builder().subject("行政处罚案件").total(215).subset(209)
        .quote("办理行政处罚案件215件……在信用平台公示处罚决定209件").build()), RULE);
    only(withFigures(Subset.builder().subject("行政处罚案件").total(215).subset(251)
        .quote("办理行政处罚案件215件……在信用平台公示处罚决定251件").build()), RULE);
  }
}
