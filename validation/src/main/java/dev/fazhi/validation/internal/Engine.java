package dev.fazhi.validation.internal;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Hibernate Validator bootstrap of one validator, and the validation pass.
 *
 * <p>The factory is built once with the rule profile as its constraint validator payload and the
 * profile's locale, ignoring any {@code META-INF/validation.xml} of the host application. Messages are
 * interpolated by the {@link ParameterMessageInterpolator}: parameters only, no expression language,
 * so nothing quoted from a report is ever evaluated.
 */
public final class Engine {

  private final RuleProfile profile;
  private final ValidatorFactory factory;
  private final Validator validator;

  private Engine(RuleProfile profile) {
    this.profile = profile;
    Locale locale = profile.getLocale();
    this.factory = Validation.byProvider(HibernateValidator.class).configure()
        .ignoreXmlConfiguration()
        .constraintValidatorPayload(profile)
        .locales(Set.of(locale))
        .defaultLocale(locale)
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(locale), locale, true))
        .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /**
   * Bootstraps Hibernate Validator for a profile; the expensive step.
   *
   * @param profile the profile
   * @return the engine
   */
  public static Engine bootstrap(RuleProfile profile) {
    return new Engine(profile);
  }

  /**
   * Runs every enabled rule over a report in one Jakarta Validation pass.
   *
   * @param report the report
   * @return the findings, unsorted
   */
  public List<Finding> validate(Report report) {
    Set<ConstraintViolation<Report>> violations = validator.validate(report);
    List<Finding> findings = new ArrayList<>(violations.size());
    for (ConstraintViolation<Report> violation : violations) {
      Optional<Finding> finding = ViolationFindings.toFinding(violation);
      finding.ifPresent(findings::add);
    }
    return findings;
  }

  /**
   * The profile.
   *
   * @return the profile
   */
  public RuleProfile getProfile() {
    return profile;
  }
}
