package dev.fazhi.validation.constraintvalidators;

import dev.fazhi.validation.FindingPayload;
import dev.fazhi.validation.internal.CatalogEntry;
import dev.fazhi.validation.internal.Profiles;
import dev.fazhi.validation.internal.Reporter;
import dev.fazhi.validation.internal.RuleProfile;
import dev.fazhi.validation.internal.Violations;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * metric.negative-value, shared by the validators of {@code @NonNegative}: the violation stands on the
 * annotated property itself; the finding's location and quote are taken from the figure that holds it.
 */
final class NegativeValues {

  private static final CatalogEntry RULE = CatalogEntry.NEGATIVE_VALUE;

  private NegativeValues() {}

  static boolean check(BigDecimal value, ConstraintValidatorContext context) {
    if (value == null || value.signum() >= 0) {
      return true;
    }
    RuleProfile profile = Profiles.of(context);
    if (!profile.isEnabled(RULE.getId())) {
      return true;
    }
    String key = Reporter.messageKey(RULE, null);
    FindingPayload payload = FindingPayload.builder(RULE.getId(), profile.severityOf(RULE))
        .messageKey(key).argument("value", value.toPlainString()).expected("≥ 0")
        .actual(value.toPlainString()).imbalance(value).build();
    new Violations(context).add(payload, "{" + key + "}", List.of());
    return false;
  }
}
