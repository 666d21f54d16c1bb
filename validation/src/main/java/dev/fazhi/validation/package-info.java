/**
 * Checks annual reports on building a law-based government against the rule catalog.
 *
 * <p>Build a {@link dev.fazhi.validation.ReportValidator} once (or use
 * {@link dev.fazhi.validation.ReportValidator#defaults()}) and call
 * {@link dev.fazhi.validation.ReportValidator#validate validate} for each report; the
 * {@link dev.fazhi.validation.ValidationResult} holds {@link dev.fazhi.validation.Finding findings}
 * sorted by position. The catalog is {@link dev.fazhi.validation.RuleCatalog}; rules of one's own
 * implement {@link dev.fazhi.validation.ReportRule}.
 *
 * <h2>On Jakarta Validation</h2>
 *
 * <p>The rules run on Hibernate Validator. The model in {@code fazhi-core} carries constraint
 * annotations named for what must hold ({@code @ConsistentReport} on the report,
 * {@code @RateMatchesCounts}, {@code @PartsAddUpToTotal}, {@code @NonNegative} … on the figures) and
 * cascades into sections, paragraphs and figures; this module registers the
 * {@code ConstraintValidator}s through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 * So any Jakarta Validation container that validates a report (Spring's {@code @Valid}, Quarkus, a
 * plain {@code Validation.buildDefaultValidatorFactory().getValidator()}) reports the same findings as
 * constraint violations, with property paths named as in the JSON form
 * ({@code sections[0].paragraphs[2].figures[0].ratePercent}) and the finding as the violation's dynamic
 * payload: {@link dev.fazhi.validation.FindingPayload#of FindingPayload.of(violation)} gives the rule id
 * and severity, {@link dev.fazhi.validation.Finding#of Finding.of(violation)} the whole finding. Such a
 * container uses the default profile (every rule on, 1 April, rules listed under
 * {@code META-INF/services/dev.fazhi.validation.ReportRule}) and its own locale. The messages come from
 * {@code ContributorValidationMessages} bundles (English, {@code zh_CN}), which Hibernate Validator
 * merges under the host application's own {@code ValidationMessages} without replacing them.
 */
package dev.fazhi.validation;
