package dev.fazhi.validation.constraintvalidators;

import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.constraints.RateMatchesCounts;
import dev.fazhi.validation.internal.CatalogEntry;
import dev.fazhi.validation.internal.Names;
import dev.fazhi.validation.internal.RateIntervals;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/**
 * metric.rate-mismatch for a {@link Rate}: the stated rate against numerator / denominator, within the
 * stated rounding. Skips a rate over no denominator.
 */
public final class RateMatchesCountsForRateValidator
    implements ConstraintValidator<RateMatchesCounts, Rate> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public RateMatchesCountsForRateValidator() {}

  @Override
  public boolean isValid(Rate figure, ConstraintValidatorContext context) {
    FigureChecks checks = FigureChecks.start(context, CatalogEntry.RATE_MISMATCH, figure);
    if (checks == null || figure.getDenominator() <= 0 || figure.getNumerator() < 0) {
      return true;
    }
    BigDecimal numerator = BigDecimal.valueOf(figure.getNumerator());
    BigDecimal denominator = BigDecimal.valueOf(figure.getDenominator());
    BigDecimal stated = figure.getRatePercent();
    if (RateIntervals.consistent(stated, figure.getRateBound(), numerator, denominator)) {
      return true;
    }
    BigDecimal computed = RateIntervals.percent(stated, numerator, denominator);
    var payload = checks.payload("rate", figure).argument("numerator", figure.getNumerator())
        .argument("denominator", figure.getDenominator()).argument("computed", computed.toPlainString())
        .argument("rate", stated.toPlainString())
        .argument("bound", Names.bound(figure.getRateBound(), checks.locale()))
        .expected(computed.toPlainString()).actual(stated.toPlainString())
        .imbalance(stated.subtract(computed));
    return checks.raise("rate", payload, "ratePercent");
  }
}
