package dev.fazhi.validation.constraintvalidators;

import dev.fazhi.core.model.RateBound;
import dev.fazhi.core.model.TaskCompletion;
import dev.fazhi.core.model.constraints.RateMatchesCounts;
import dev.fazhi.validation.internal.CatalogEntry;
import dev.fazhi.validation.internal.Names;
import dev.fazhi.validation.internal.RateIntervals;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/**
 * metric.rate-mismatch for a {@link TaskCompletion}: the stated completion rate against (completed +
 * closed) / assigned, within the stated rounding. Skips when no rate is stated or nothing was assigned,
 * and when more was done than assigned: that fault is metric.completed-exceeds-assigned, reported once.
 */
public final class RateMatchesCountsForCompletionValidator
    implements ConstraintValidator<RateMatchesCounts, TaskCompletion> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Creates the validator; Hibernate Validator instantiates it. */
  public RateMatchesCountsForCompletionValidator() {}

  @Override
  public boolean isValid(TaskCompletion figure, ConstraintValidatorContext context) {
    FigureChecks checks = FigureChecks.start(context, CatalogEntry.RATE_MISMATCH, figure);
    if (checks == null || figure.getRatePercent().isEmpty() || figure.getAssigned() <= 0) {
      return true;
    }
    BigDecimal done = BigDecimal.valueOf(figure.getCompleted())
        .add(BigDecimal.valueOf(figure.getClosed().orElse(0)));
    BigDecimal assigned = BigDecimal.valueOf(figure.getAssigned());
    BigDecimal stated = figure.getRatePercent().get();
    if (done.compareTo(assigned) > 0) {
      // More done than assigned is one fault, reported once: metric.completed-exceeds-assigned.
      return true;
    }
    if (RateIntervals.consistent(stated, figure.getRateBound(), done, assigned)) {
      return true;
    }
    BigDecimal computed = RateIntervals.percent(stated, done, assigned);
    boolean full = figure.getRateBound() == RateBound.EXACT && stated.compareTo(HUNDRED) == 0;
    String variant = "completion" + (full ? ".full" : "")
        + (figure.getClosed().isPresent() ? ".closed" : "");
    var payload = checks.payload(variant, figure).argument("completed", figure.getCompleted());
    figure.getClosed().ifPresent(closed -> payload.argument("closed", closed));
    payload.argument("assigned", figure.getAssigned()).argument("computed", computed.toPlainString())
        .argument("rate", stated.toPlainString())
        .argument("bound", Names.bound(figure.getRateBound(), checks.locale()))
        .expected(full ? assigned.toPlainString() : computed.toPlainString())
        .actual(full ? done.toPlainString() : stated.toPlainString())
        .imbalance(full ? done.subtract(assigned) : stated.subtract(computed));
    return checks.raise(variant, payload, "ratePercent");
  }
}
