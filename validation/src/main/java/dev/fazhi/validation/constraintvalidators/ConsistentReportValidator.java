package dev.fazhi.validation.constraintvalidators;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.constraints.ConsistentReport;
import dev.fazhi.validation.ReportRule;
import dev.fazhi.validation.internal.Profiles;
import dev.fazhi.validation.internal.ReportIndex;
import dev.fazhi.validation.internal.Reporter;
import dev.fazhi.validation.internal.RuleProfile;
import dev.fazhi.validation.internal.Violations;
import dev.fazhi.validation.rules.BuiltInRules;
import dev.fazhi.validation.rules.RuleGroup;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * The report-level rules (outline, meta, text, conflicting values) and the user's own rules, run as the
 * class-level constraint {@code @ConsistentReport} in the same Jakarta Validation pass as the figure
 * constraints. Each finding becomes one constraint violation.
 */
public final class ConsistentReportValidator
    implements ConstraintValidator<ConsistentReport, Report> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public ConsistentReportValidator() {}

  @Override
  public boolean isValid(Report report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    RuleProfile profile = Profiles.of(context);
    Violations violations = new Violations(context);
    Reporter reporter = new Reporter(violations, ReportIndex.of(report), profile,
        Profiles.locale(context));
    for (RuleGroup group : BuiltInRules.groups()) {
      group.check(reporter);
    }
    for (ReportRule rule : profile.userRules()) {
      if (profile.isEnabled(rule.getId())) {
        rule.check(report, reporter.contextFor(rule));
      }
    }
    return !violations.any();
  }
}
