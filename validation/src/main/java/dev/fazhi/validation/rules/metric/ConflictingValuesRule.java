package dev.fazhi.validation.rules.metric;

import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.internal.ReportIndex;
import java.util.HashMap;
import java.util.Map;

/**
 * metric.conflicting-values: one subject given as the whole of two checkable figures with different
 * values, such as {@code 依申请公开7件，其中…} and later {@code 依申请公开8件，其中…}.
 *
 * <p>Only the wholes of task completions (tasks assigned), breakdowns and subsets are compared: they
 * are totals a report states as such. Plain counts and amounts are not, because the same words name
 * different scopes in real reports ({@code 发出处罚决定书85份} for one kind of case and
 * {@code 发出处罚决定书129份} for all), and a rate's subject names the rate, not its whole. The subject
 * must be specific (four characters or more) and neither figure approximate. Immutable and
 * thread-safe.
 */
public final class ConflictingValuesRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("metric.conflicting-values", Severity.WARNING, RuleSource.ARITH);

  private static final int MIN_SUBJECT_LENGTH = 4;

  private record Seen(long value, Figure figure) {}

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    Map<String, Seen> seen = new HashMap<>();
    for (Figure figure : Figures.exact(findings)) {
      Long whole = whole(figure);
      if (whole == null) {
        continue;
      }
      String subject = ReportIndex.strip(figure.getSubject());
      if (subject.codePointCount(0, subject.length()) < MIN_SUBJECT_LENGTH) {
        continue;
      }
      Seen first = seen.putIfAbsent(subject, new Seen(whole, figure));
      if (first != null && first.value() != whole) {
        findings.finding().figure(figure).argument("subject", subject)
            .argument("first", first.value()).argument("second", whole)
            .expected(Long.toString(first.value())).actual(Long.toString(whole)).add();
      }
    }
  }

  /** The whole a checkable figure states, or null for a figure that states none. */
  private static Long whole(Figure figure) {
    // By the model's kind, one switch: most figures are counts, amounts or rates, which state none.
    return switch (figure.kind()) {
      case TASK_COMPLETION -> ((TaskCompletion) figure).getAssigned();
      case BREAKDOWN -> ((Breakdown) figure).getTotal();
      case SUBSET -> ((Subset) figure).getTotal();
      case RATE, COUNT, AMOUNT -> null;
    };
  }
}
