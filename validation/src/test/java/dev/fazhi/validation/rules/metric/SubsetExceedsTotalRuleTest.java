package dev.fazhi.validation.rules.metric;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.withFigures;

import dev.fazhi.core.model.ImmutableSubset;
import dev.fazhi.validation.SampleReports;
import org.junit.jupiter.api.Test;

/** metric.subset-exceeds-total: when it fires, when it must not, and its traps. */
class SubsetExceedsTotalRuleTest {

  @Test
  void subsetExceedsTotal() {
    only(withFigures(ImmutableSubset.copyOf(SampleReports.subset()).withSubset(700)),
        "metric.subset-exceeds-total");
    none(withFigures(ImmutableSubset.copyOf(SampleReports.subset()).withSubset(634)),
        "metric.subset-exceeds-total");
  }
}
