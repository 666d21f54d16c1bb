package dev.fazhi.validation.constraintvalidators;

import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.constraints.SubsetWithinTotal;
import dev.fazhi.validation.internal.CatalogEntry;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** metric.subset-exceeds-total: a subset larger than the whole it is part of. */
public final class SubsetWithinTotalValidator
    implements ConstraintValidator<SubsetWithinTotal, Subset> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public SubsetWithinTotalValidator() {}

  @Override
  public boolean isValid(Subset figure, ConstraintValidatorContext context) {
    FigureChecks checks = FigureChecks.start(context, CatalogEntry.SUBSET_EXCEEDS_TOTAL, figure);
    if (checks == null || figure.getSubset() <= figure.getTotal()) {
      return true;
    }
    var payload = checks.payload(null, figure).argument("subset", figure.getSubset())
        .argument("total", figure.getTotal()).expected("≤ " + figure.getTotal())
        .actual(Long.toString(figure.getSubset()))
        .imbalance(BigDecimal.valueOf(figure.getSubset()).subtract(BigDecimal.valueOf(figure.getTotal())));
    return checks.raise(null, payload, "subset");
  }
}
