package dev.fazhi.validation.constraintvalidators;

import dev.fazhi.core.model.constraints.NonNegative;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** metric.negative-value for counts ({@code long}, {@code OptionalLong}, list elements). */
public final class NonNegativeLongValidator implements ConstraintValidator<NonNegative, Long> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public NonNegativeLongValidator() {}

  @Override
  public boolean isValid(Long value, ConstraintValidatorContext context) {
    return value == null || value >= 0 || NegativeValues.check(BigDecimal.valueOf(value), context);
  }
}
