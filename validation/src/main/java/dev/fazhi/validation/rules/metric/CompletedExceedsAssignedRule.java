package dev.fazhi.validation.rules.metric;

import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.TaskCompletion;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import java.math.BigDecimal;

/**
 * metric.completed-exceeds-assigned: completed (plus closed or exempted) tasks exceed the tasks
 * assigned ({@code 任务86个，完成84个（免检5个）}). Skips approximate figures. Immutable and thread-safe.
 */
public final class CompletedExceedsAssignedRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("metric.completed-exceeds-assigned", Severity.ERROR, RuleSource.ARITH);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    for (Figure figure : Figures.exact(findings)) {
      if (figure instanceof TaskCompletion completion) {
        check(completion, findings);
      }
    }
  }

  private static void check(TaskCompletion figure, FindingSink findings) {
    BigDecimal sum = BigDecimal.valueOf(figure.getCompleted())
        .add(BigDecimal.valueOf(figure.getClosed().orElse(0)));
    BigDecimal assigned = BigDecimal.valueOf(figure.getAssigned());
    if (sum.compareTo(assigned) <= 0) {
      return;
    }
    FindingSink.Draft draft = figure.getClosed().isPresent() ? findings.finding("closed")
        : findings.finding();
    draft.figure(figure).argument("completed", figure.getCompleted());
    figure.getClosed().ifPresent(closed -> draft.argument("closed", closed));
    draft.argument("sum", sum).argument("assigned", figure.getAssigned())
        .expected("≤ " + assigned).actual(sum.toPlainString()).imbalance(sum.subtract(assigned))
        .add();
  }
}
