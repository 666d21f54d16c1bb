package dev.fazhi.validation.constraintvalidators;

import dev.fazhi.core.model.TaskCompletion;
import dev.fazhi.core.model.constraints.CompletionWithinAssigned;
import dev.fazhi.validation.internal.CatalogEntry;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** metric.completed-exceeds-assigned: completed plus closed tasks exceed the tasks assigned. */
public final class CompletionWithinAssignedValidator
    implements ConstraintValidator<CompletionWithinAssigned, TaskCompletion> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public CompletionWithinAssignedValidator() {}

  @Override
  public boolean isValid(TaskCompletion figure, ConstraintValidatorContext context) {
    FigureChecks checks = FigureChecks.start(context, CatalogEntry.COMPLETED_EXCEEDS_ASSIGNED, figure);
    if (checks == null) {
      return true;
    }
    BigDecimal sum = BigDecimal.valueOf(figure.getCompleted())
        .add(BigDecimal.valueOf(figure.getClosed().orElse(0)));
    BigDecimal assigned = BigDecimal.valueOf(figure.getAssigned());
    if (sum.compareTo(assigned) <= 0) {
      return true;
    }
    String variant = figure.getClosed().isPresent() ? "closed" : null;
    var payload = checks.payload(variant, figure).argument("completed", figure.getCompleted());
    figure.getClosed().ifPresent(closed -> payload.argument("closed", closed));
    payload.argument("sum", sum).argument("assigned", figure.getAssigned())
        .expected("≤ " + assigned).actual(sum.toPlainString()).imbalance(sum.subtract(assigned));
    return checks.raise(variant, payload, "completed");
  }
}
