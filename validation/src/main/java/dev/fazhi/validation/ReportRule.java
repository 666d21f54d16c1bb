package dev.fazhi.validation;

import dev.fazhi.core.model.Report;

/**
 * A rule over a whole report, checked in the same validation pass as the built-in rules and reported in
 * the same result model.
 *
 * <p>Register a rule with {@link ReportValidator.Builder#addRule(ReportRule)}, or list its class in
 * {@code META-INF/services/dev.fazhi.validation.ReportRule} to have every validator (and every plain
 * Jakarta {@code Validator}) run it. Implementations must be immutable and thread-safe: one instance
 * checks many reports at once. A rule whose inputs are missing reports nothing; it never guesses.
 */
public interface ReportRule extends RuleDescriptor {

  /**
   * Where the rule comes from; a user rule is {@link RuleSource#USER} unless it says otherwise.
   *
   * @return the source
   */
  @Override
  default RuleSource getSource() {
    return RuleSource.USER;
  }

  /**
   * Checks a report and reports what it finds through the context.
   *
   * @param report the report
   * @param context where to report findings, and the validator's settings
   */
  void check(Report report, RuleContext context);
}
