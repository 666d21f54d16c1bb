package dev.fazhi.core.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A report agrees with itself and with the prescribed outline: every rule of the catalog holds (parts,
 * heading numbers, dates, year, figures, text). Placed on {@code Report}.
 *
 * <p>Core declares what must hold; {@code fazhi-validation} registers the {@code ConstraintValidator}
 * that runs its rule engine over the whole report (through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}), so that any Jakarta Validation
 * provider reports one constraint violation per finding when that module is on the class path.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentReport {

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{dev.fazhi.core.model.constraints.ConsistentReport.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
