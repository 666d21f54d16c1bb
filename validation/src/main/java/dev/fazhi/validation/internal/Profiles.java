package dev.fazhi.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Reads the {@link RuleProfile} a validation runs with from the constraint validator context. */
public final class Profiles {

  private Profiles() {}

  /**
   * The profile passed as Hibernate Validator's constraint validator payload, or the defaults under a
   * plain Jakarta {@code Validator}.
   *
   * @param context the validator context
   * @return the profile
   */
  public static RuleProfile of(ConstraintValidatorContext context) {
    RuleProfile profile = payload(context);
    return profile == null ? RuleProfile.defaults() : profile;
  }

  /**
   * The locale messages are rendered in: the profile's, or under a plain {@code Validator} the JVM's
   * default locale, which is the one Hibernate Validator interpolates with.
   *
   * @param context the validator context
   * @return the locale
   */
  public static Locale locale(ConstraintValidatorContext context) {
    RuleProfile profile = payload(context);
    return profile == null ? Locale.getDefault() : profile.getLocale();
  }

  private static RuleProfile payload(ConstraintValidatorContext context) {
    return context.unwrap(HibernateConstraintValidatorContext.class)
        .getConstraintValidatorPayload(RuleProfile.class);
  }
}
