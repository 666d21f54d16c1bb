package dev.fazhi.validation.constraintvalidators;

import dev.fazhi.core.model.TaskCompletion;
import dev.fazhi.core.model.constraints.RateWithinRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** metric.rate-out-of-range for a {@link TaskCompletion}: a completion rate below 0 % or above 100 %. */
public final class RateWithinRangeForCompletionValidator
    implements ConstraintValidator<RateWithinRange, TaskCompletion> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public RateWithinRangeForCompletionValidator() {}

  @Override
  public boolean isValid(TaskCompletion figure, ConstraintValidatorContext context) {
    return figure == null || figure.getRatePercent().isEmpty()
        || RangeCheck.check(context, figure, figure.getRatePercent().get());
  }
}
