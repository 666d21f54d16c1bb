package dev.fazhi.validation.constraintvalidators;

import dev.fazhi.core.model.Figure;
import dev.fazhi.validation.FindingPayload;
import dev.fazhi.validation.internal.CatalogEntry;
import dev.fazhi.validation.internal.PathStep;
import dev.fazhi.validation.internal.Profiles;
import dev.fazhi.validation.internal.ReportIndex;
import dev.fazhi.validation.internal.Reporter;
import dev.fazhi.validation.internal.RuleProfile;
import dev.fazhi.validation.internal.Violations;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Locale;

/**
 * What the figure validators share: the profile, the skip of approximate figures and switched-off
 * rules, and raising a finding at the figure.
 */
final class FigureChecks {

  private final ConstraintValidatorContext context;
  private final RuleProfile profile;
  private final CatalogEntry rule;

  private FigureChecks(ConstraintValidatorContext context, CatalogEntry rule) {
    this.context = context;
    this.profile = Profiles.of(context);
    this.rule = rule;
  }

  /**
   * Starts checking a figure, or returns null when there is nothing to check: no figure, an
   * approximate one (never checked as exact), or the rule switched off.
   */
  static FigureChecks start(ConstraintValidatorContext context, CatalogEntry rule, Figure figure) {
    if (figure == null || figure.isApproximate()) {
      return null;
    }
    FigureChecks checks = new FigureChecks(context, rule);
    return checks.profile.isEnabled(rule.getId()) ? checks : null;
  }

  Locale locale() {
    return Profiles.locale(context);
  }

  /** A payload for a finding at a figure: its location and quote. */
  FindingPayload.Builder payload(String variant, Figure figure) {
    FindingPayload.Builder builder = FindingPayload.builder(rule.getId(), profile.severityOf(rule))
        .messageKey(key(variant));
    figure.getLocation().ifPresent(builder::location);
    figure.getQuote().ifPresent(q -> builder.quote(ReportIndex.shorten(q)));
    return builder;
  }

  /** Raises the finding on a property of the figure, named as in JSON. */
  boolean raise(String variant, FindingPayload.Builder payload, String property) {
    new Violations(context).add(payload.build(), "{" + key(variant) + "}",
        List.of(PathStep.property(property)));
    return false;
  }

  private String key(String variant) {
    return Reporter.messageKey(rule, variant);
  }
}
