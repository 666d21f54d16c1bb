package dev.fazhi.validation.rules.metric;

import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import java.math.BigDecimal;
import java.util.StringJoiner;

/**
 * metric.breakdown-sum: the parts listed after a total ({@code 共N件，其中A a件、B b件…}) do not add up
 * to it. Skips a breakdown with no parts and an approximate one. Immutable and thread-safe.
 */
public final class BreakdownSumRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("metric.breakdown-sum", Severity.ERROR, RuleSource.ARITH);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    for (Figure figure : Figures.exact(findings)) {
      if (figure instanceof Breakdown breakdown && !breakdown.getParts().isEmpty()) {
        check(breakdown, findings);
      }
    }
  }

  private static void check(Breakdown figure, FindingSink findings) {
    BigDecimal sum = BigDecimal.ZERO;
    StringJoiner parts = new StringJoiner(" + ");
    for (Long part : figure.getParts()) {
      sum = sum.add(BigDecimal.valueOf(part));
      parts.add(Long.toString(part));
    }
    BigDecimal total = BigDecimal.valueOf(figure.getTotal());
    if (sum.compareTo(total) != 0) {
      findings.finding().figure(figure).argument("parts", parts.toString())
          .argument("sum", sum.toPlainString()).argument("total", figure.getTotal())
          .expected(total.toPlainString()).actual(sum.toPlainString()).imbalance(sum.subtract(total))
          .add();
    }
  }
}
