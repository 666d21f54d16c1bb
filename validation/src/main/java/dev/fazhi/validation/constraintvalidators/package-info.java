/**
 * The Jakarta Validation {@code ConstraintValidator}s of the constraints declared on the model in
 * {@code dev.fazhi.core.model.constraints}. They are listed in
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}, so any Jakarta Validation provider
 * that supports service-loaded validators (Hibernate Validator does) finds them on the class path.
 */
package dev.fazhi.validation.constraintvalidators;
