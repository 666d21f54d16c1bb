package dev.fazhi.validation.constraintvalidators;

import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.constraints.PartsAddUpToTotal;
import dev.fazhi.validation.internal.CatalogEntry;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.StringJoiner;

/** metric.breakdown-sum: the parts listed after a total do not add up to it. Skips when none are listed. */
public final class PartsAddUpToTotalValidator
    implements ConstraintValidator<PartsAddUpToTotal, Breakdown> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public PartsAddUpToTotalValidator() {}

  @Override
  public boolean isValid(Breakdown figure, ConstraintValidatorContext context) {
    FigureChecks checks = FigureChecks.start(context, CatalogEntry.BREAKDOWN_SUM, figure);
    if (checks == null || figure.getParts().isEmpty()) {
      return true;
    }
    BigDecimal sum = BigDecimal.ZERO;
    StringJoiner parts = new StringJoiner(" + ");
    for (Long part : figure.getParts()) {
      sum = sum.add(BigDecimal.valueOf(part));
      parts.add(Long.toString(part));
    }
    BigDecimal total = BigDecimal.valueOf(figure.getTotal());
    if (sum.compareTo(total) == 0) {
      return true;
    }
    var payload = checks.payload(null, figure).argument("parts", parts.toString())
        .argument("sum", sum.toPlainString()).argument("total", figure.getTotal())
        .expected(total.toPlainString()).actual(sum.toPlainString()).imbalance(sum.subtract(total));
    return checks.raise(null, payload, "parts");
  }
}
