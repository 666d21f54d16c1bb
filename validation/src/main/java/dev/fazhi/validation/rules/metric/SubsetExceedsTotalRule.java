package dev.fazhi.validation.rules.metric;

import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Subset;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import java.math.BigDecimal;

/**
 * metric.subset-exceeds-total: a subset (publicised, awarded, of which…) is larger than the whole it
 * is part of. Skips approximate figures. Immutable and thread-safe.
 */
public final class SubsetExceedsTotalRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("metric.subset-exceeds-total", Severity.ERROR, RuleSource.ARITH);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    for (Figure figure : Figures.exact(findings)) {
      if (figure instanceof Subset subset && subset.getSubset() > subset.getTotal()) {
        findings.finding().figure(subset).argument("subset", subset.getSubset())
            .argument("total", subset.getTotal()).expected("≤ " + subset.getTotal())
            .actual(Long.toString(subset.getSubset()))
            .imbalance(BigDecimal.valueOf(subset.getSubset())
                .subtract(BigDecimal.valueOf(subset.getTotal())))
            .add();
      }
    }
  }
}
