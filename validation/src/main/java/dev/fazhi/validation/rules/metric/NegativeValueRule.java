package dev.fazhi.validation.rules.metric;

import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import java.math.BigDecimal;

/**
 * metric.negative-value: a count or amount is negative (a report built in code or read from JSON can
 * say so; the reader never reads one). Every value of every figure, approximate or not: one finding
 * per negative value. Immutable and thread-safe.
 */
public final class NegativeValueRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("metric.negative-value", Severity.ERROR, RuleSource.ARITH);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    for (Figure figure : Figures.all(findings)) {
      switch (figure.kind()) {
        case COUNT -> check(figure, ((Count) figure).getValue(), findings);
        case AMOUNT -> check(figure, ((Amount) figure).getYuan(), findings);
        case BREAKDOWN -> {
          Breakdown breakdown = (Breakdown) figure;
          check(figure, breakdown.getTotal(), findings);
          for (Long part : breakdown.getParts()) {
            check(figure, part, findings);
          }
        }
        case RATE -> {
          Rate rate = (Rate) figure;
          check(figure, rate.getNumerator(), findings);
          check(figure, rate.getDenominator(), findings);
        }
        case SUBSET -> {
          Subset subset = (Subset) figure;
          check(figure, subset.getTotal(), findings);
          check(figure, subset.getSubset(), findings);
        }
        case TASK_COMPLETION -> {
          TaskCompletion completion = (TaskCompletion) figure;
          check(figure, completion.getAssigned(), findings);
          check(figure, completion.getCompleted(), findings);
          completion.getClosed().ifPresent(closed -> check(figure, closed, findings));
        }
      }
    }
  }

  private static void check(Figure figure, long value, FindingSink findings) {
    if (value < 0) {
      check(figure, BigDecimal.valueOf(value), findings);
    }
  }

  private static void check(Figure figure, BigDecimal value, FindingSink findings) {
    if (value.signum() < 0) {
      findings.finding().figure(figure).argument("value", value.toPlainString()).expected("≥ 0")
          .actual(value.toPlainString()).imbalance(value).add();
    }
  }
}
