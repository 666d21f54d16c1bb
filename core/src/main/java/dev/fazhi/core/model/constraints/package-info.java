/**
 * The constraint annotation on the model: {@code @ConsistentReport} on the report. It carries no
 * validator here: core knows nothing of rules. {@code fazhi-validation} supplies the validator through
 * the Jakarta Validation service loader, so that a plain {@code Validator}, Spring's {@code @Valid} or
 * any other container reports the same findings as the library's own {@code ReportValidator}.
 */
package dev.fazhi.core.model.constraints;
