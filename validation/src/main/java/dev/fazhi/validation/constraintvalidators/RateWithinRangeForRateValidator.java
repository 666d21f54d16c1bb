package dev.fazhi.validation.constraintvalidators;

import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.constraints.RateWithinRange;
import dev.fazhi.validation.internal.CatalogEntry;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** metric.rate-out-of-range for a {@link Rate}: a share below 0 % or above 100 %. */
public final class RateWithinRangeForRateValidator
    implements ConstraintValidator<RateWithinRange, Rate> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public RateWithinRangeForRateValidator() {}

  @Override
  public boolean isValid(Rate figure, ConstraintValidatorContext context) {
    return figure == null || RangeCheck.check(context, figure, figure.getRatePercent());
  }
}
