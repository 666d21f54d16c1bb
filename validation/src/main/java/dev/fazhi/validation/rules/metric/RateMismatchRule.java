package dev.fazhi.validation.rules.metric;

import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.RateBound;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.TaskCompletion;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import java.math.BigDecimal;

/**
 * metric.rate-mismatch: a stated rate disagrees with the ratio of the counts it is stated for, beyond
 * the stated rounding ({@link RateIntervals}); a rate qualified by 以上 / 以下 is one-sided. A rate
 * over no denominator, a completion without a stated rate and one with more done than assigned (that
 * is metric.completed-exceeds-assigned) are not checked, nor are approximate figures. Immutable and
 * thread-safe.
 */
public final class RateMismatchRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("metric.rate-mismatch", Severity.ERROR, RuleSource.ARITH);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    for (Figure figure : Figures.exact(findings)) {
      if (figure instanceof Rate rate) {
        check(rate, findings);
      } else if (figure instanceof TaskCompletion completion) {
        check(completion, findings);
      }
    }
  }

  private static String bound(RateBound bound, FindingSink findings) {
    return bound == RateBound.EXACT ? "" : findings.text("bound." + bound.name());
  }

  private static void check(Rate figure, FindingSink findings) {
    if (figure.getDenominator() <= 0 || figure.getNumerator() < 0) {
      return;
    }
    BigDecimal numerator = BigDecimal.valueOf(figure.getNumerator());
    BigDecimal denominator = BigDecimal.valueOf(figure.getDenominator());
    BigDecimal stated = figure.getRatePercent();
    if (RateIntervals.consistent(stated, figure.getRateBound(), numerator, denominator)) {
      return;
    }
    BigDecimal computed = RateIntervals.percent(stated, numerator, denominator);
    findings.finding("rate").figure(figure).argument("numerator", figure.getNumerator())
        .argument("denominator", figure.getDenominator())
        .argument("computed", computed.toPlainString()).argument("rate", stated.toPlainString())
        .argument("bound", bound(figure.getRateBound(), findings))
        .expected(computed.toPlainString()).actual(stated.toPlainString())
        .imbalance(stated.subtract(computed)).add();
  }

  private static void check(TaskCompletion figure, FindingSink findings) {
    if (figure.getRatePercent().isEmpty() || figure.getAssigned() <= 0) {
      return;
    }
    BigDecimal done = BigDecimal.valueOf(figure.getCompleted())
        .add(BigDecimal.valueOf(figure.getClosed().orElse(0)));
    BigDecimal assigned = BigDecimal.valueOf(figure.getAssigned());
    BigDecimal stated = figure.getRatePercent().get();
    if (done.compareTo(assigned) > 0
        || RateIntervals.consistent(stated, figure.getRateBound(), done, assigned)) {
      return;
    }
    BigDecimal computed = RateIntervals.percent(stated, done, assigned);
    boolean full = figure.getRateBound() == RateBound.EXACT && stated.compareTo(HUNDRED) == 0;
    String variant = "completion" + (full ? ".full" : "")
        + (figure.getClosed().isPresent() ? ".closed" : "");
    FindingSink.Draft draft = findings.finding(variant).figure(figure)
        .argument("completed", figure.getCompleted());
    figure.getClosed().ifPresent(closed -> draft.argument("closed", closed));
    draft.argument("assigned", figure.getAssigned()).argument("computed", computed.toPlainString())
        .argument("rate", stated.toPlainString())
        .argument("bound", bound(figure.getRateBound(), findings))
        .expected(full ? assigned.toPlainString() : computed.toPlainString())
        .actual(full ? done.toPlainString() : stated.toPlainString())
        .imbalance(full ? done.subtract(assigned) : stated.subtract(computed)).add();
  }
}
