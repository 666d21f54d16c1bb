package dev.fazhi.validation.rules.metric;

import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.TaskCompletion;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import java.math.BigDecimal;

/**
 * metric.rate-out-of-range: a share or completion rate is below 0 % or above 100 % ({@code 完成率103%}).
 * Skips approximate figures. Immutable and thread-safe.
 */
public final class RateOutOfRangeRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("metric.rate-out-of-range", Severity.ERROR, RuleSource.ARITH);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    for (Figure figure : Figures.exact(findings)) {
      if (figure instanceof Rate rate) {
        check(figure, rate.getRatePercent(), findings);
      } else if (figure instanceof TaskCompletion completion) {
        completion.getRatePercent().ifPresent(percent -> check(figure, percent, findings));
      }
    }
  }

  private static void check(Figure figure, BigDecimal rate, FindingSink findings) {
    BigDecimal nearest;
    if (rate.signum() < 0) {
      nearest = BigDecimal.ZERO;
    } else if (rate.compareTo(HUNDRED) > 0) {
      nearest = HUNDRED;
    } else {
      return;
    }
    findings.finding().figure(figure).argument("rate", rate.toPlainString()).expected("0–100")
        .actual(rate.toPlainString()).imbalance(rate.subtract(nearest)).add();
  }
}
