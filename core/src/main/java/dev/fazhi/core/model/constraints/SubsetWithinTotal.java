package dev.fazhi.core.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A subset is no larger than the whole it is part of. Placed on {@code Subset}.
 *
 * <p>Core declares what must hold; the check itself lives in {@code fazhi-validation}, which registers
 * its {@code ConstraintValidator} through {@code META-INF/services/jakarta.validation.ConstraintValidator}
 * so that any Jakarta Validation provider finds it when that module is on the class path.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SubsetWithinTotal {

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{dev.fazhi.core.model.constraints.SubsetWithinTotal.message}";

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
