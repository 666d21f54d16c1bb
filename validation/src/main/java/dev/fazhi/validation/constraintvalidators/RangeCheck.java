package dev.fazhi.validation.constraintvalidators;

import dev.fazhi.core.model.Figure;
import dev.fazhi.validation.internal.CatalogEntry;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** The range check shared by the rate validators. */
final class RangeCheck {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RangeCheck() {}

  static boolean check(ConstraintValidatorContext context, Figure figure, BigDecimal rate) {
    FigureChecks checks = FigureChecks.start(context, CatalogEntry.RATE_OUT_OF_RANGE, figure);
    if (checks == null) {
      return true;
    }
    BigDecimal nearest;
    if (rate.signum() < 0) {
      nearest = BigDecimal.ZERO;
    } else if (rate.compareTo(HUNDRED) > 0) {
      nearest = HUNDRED;
    } else {
      return true;
    }
    var payload = checks.payload(null, figure).argument("rate", rate.toPlainString())
        .expected("0–100").actual(rate.toPlainString()).imbalance(rate.subtract(nearest));
    return checks.raise(null, payload, "ratePercent");
  }
}
