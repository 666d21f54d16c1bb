/**
 * Checks annual reports on building a law-based government against the rule catalog.
 *
 * <p>Build a {@link dev.fazhi.validation.ReportValidator} once (or use
 * {@link dev.fazhi.validation.ReportValidator#defaults()}) and call
 * {@link dev.fazhi.validation.ReportValidator#validate validate} for each report; the
 * {@link dev.fazhi.validation.ValidationResult} holds {@link dev.fazhi.validation.Finding findings}
 * sorted by position. The rules run on Jakarta Validation (Hibernate Validator): the same findings
 * reach any Jakarta {@code Validator} that validates a report while this module is on the class path.
 * The catalog is {@link dev.fazhi.validation.RuleCatalog}; rules of one's own implement
 * {@link dev.fazhi.validation.ReportRule}.
 */
package dev.fazhi.validation;
