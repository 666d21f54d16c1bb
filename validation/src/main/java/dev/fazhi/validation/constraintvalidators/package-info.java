/**
 * The Jakarta Validation adapter: the {@code ConstraintValidator} of {@code @ConsistentReport}, listed
 * in {@code META-INF/services/jakarta.validation.ConstraintValidator}, runs the rule engine over the
 * report, so that any Jakarta Validation provider that supports service-loaded validators (Hibernate
 * Validator does) reports the same findings as {@link dev.fazhi.validation.ReportValidator}.
 */
package dev.fazhi.validation.constraintvalidators;
