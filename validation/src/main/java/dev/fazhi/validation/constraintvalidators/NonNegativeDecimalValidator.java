package dev.fazhi.validation.constraintvalidators;

import dev.fazhi.core.model.constraints.NonNegative;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** metric.negative-value for amounts of money. */
public final class NonNegativeDecimalValidator implements ConstraintValidator<NonNegative, BigDecimal> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public NonNegativeDecimalValidator() {}

  @Override
  public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
    return NegativeValues.check(value, context);
  }
}
