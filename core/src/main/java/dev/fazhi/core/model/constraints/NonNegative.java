package dev.fazhi.core.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A count or an amount of money is not negative. Placed on the count and amount attributes of the
 * figures (a {@code long}, an {@code OptionalLong}, a {@code BigDecimal}, or the elements of a list of
 * {@code Long}).
 *
 * <p>Core declares what must hold; the check itself lives in {@code fazhi-validation}, which registers
 * its {@code ConstraintValidator} through {@code META-INF/services/jakarta.validation.ConstraintValidator}
 * so that any Jakarta Validation provider finds it when that module is on the class path.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NonNegative {

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{dev.fazhi.core.model.constraints.NonNegative.message}";

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
