/**
 * Checks annual reports on building a law-based government against the rule catalog.
 *
 * <p>Build a {@link dev.fazhi.validation.ReportValidator} once (or use
 * {@link dev.fazhi.validation.ReportValidator#defaults()}) and call
 * {@link dev.fazhi.validation.ReportValidator#validate validate} for each report; the
 * {@link dev.fazhi.validation.ValidationResult} holds {@link dev.fazhi.validation.Finding findings}
 * sorted by position. The catalog is {@link dev.fazhi.validation.RuleCatalog}; every rule, built-in or
 * of one's own, implements {@link dev.fazhi.validation.Rule} and reports to a
 * {@link dev.fazhi.validation.FindingSink}.
 *
 * <h2>On Jakarta Validation</h2>
 *
 * <p>The rules run on a plain engine of their own; Jakarta Validation is an adapter. The model in
 * {@code fazhi-core} carries {@code @ConsistentReport} on the report, and this module registers its
 * {@code ConstraintValidator} through {@code META-INF/services/jakarta.validation.ConstraintValidator}:
 * it runs the engine over the whole report and raises one constraint violation per finding. So any
 * Jakarta Validation container that validates a report (Spring's {@code @Valid}, Quarkus, a plain
 * {@code Validation.buildDefaultValidatorFactory().getValidator()}) reports the same findings, with
 * the message rendered in the JVM's default locale and the finding as the violation's dynamic payload:
 * {@link dev.fazhi.validation.Finding#of Finding.of(violation)} gives it back whole. Such a container
 * uses the default settings (every rule on, 1 April, the rules listed under
 * {@code META-INF/services/dev.fazhi.validation.Rule}); the host application's own
 * {@code ValidationMessages} are untouched.
 */
@FazhiStyle
package dev.fazhi.validation;

import dev.fazhi.core.model.FazhiStyle;
