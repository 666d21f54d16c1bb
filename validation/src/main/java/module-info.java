/**
 * Fazhi's rules and validator. Exports only the public API ({@code dev.fazhi.validation}); the rules,
 * the report index and the Jakarta Validation adapter are implementation. Hibernate Validator finds the
 * adapter through the service declared here; the built-in rules are found as a {@code RuleSet} service,
 * so the API never imports them. The Immutables annotations are needed at compile time only.
 */
module dev.fazhi.validation {
  requires transitive dev.fazhi.core;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static org.immutables.value.annotations;

  exports dev.fazhi.validation;
  exports dev.fazhi.validation.corpus;
  exports dev.fazhi.validation.json;
  exports dev.fazhi.validation.constraintvalidators to org.hibernate.validator;

  uses dev.fazhi.validation.Rule;
  uses dev.fazhi.validation.RuleSet;

  provides dev.fazhi.validation.RuleSet with dev.fazhi.validation.rules.BuiltInRules;
  provides jakarta.validation.ConstraintValidator
      with dev.fazhi.validation.constraintvalidators.ConsistentReportValidator;
}
