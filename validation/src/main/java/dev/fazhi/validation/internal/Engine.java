package dev.fazhi.validation.internal;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Hibernate Validator bootstrap of one validator, and the validation pass.
 *
 * <p>The factory is built once with the rule profile as its constraint validator payload and the
 * profile's locale, ignoring any {@code META-INF/validation.xml} of the host application. Messages are
 * interpolated by the {@link ParameterMessageInterpolator}: parameters only, no expression language,
 * so nothing quoted from a report is ever evaluated. Its message bundles are read at the first message,
 * not at bootstrap: a clean report needs none.
 *
 * <p>The factory uses Hibernate Validator's predefined scope, for a cold start (a command that checks
 * one report) as short as can be: the metadata of the model's own classes (the {@code Immutable*}
 * implementations the builders, the reader and the JSON form make) is built once at bootstrap, from the
 * model interfaces only (see {@link ModelShapes}), and none of Hibernate Validator's built-in
 * constraints is registered, since the model declares only Fazhi's constraints and {@code @Valid}. A
 * report whose tree holds an implementation of a model interface of the caller's own (the predefined
 * scope would skip its constraints silently) is validated instead, from the start, by a default-scope
 * factory with the same settings, built on first need, so the findings never depend on the scope and
 * each rule runs once per report.
 */
public final class Engine {

  private final RuleProfile profile;
  private final Validator validator;
  private volatile Validator defaultScope;

  private Engine(RuleProfile profile) {
    this.profile = profile;
    this.validator = configure(Validation.byProvider(PredefinedScopeHibernateValidator.class).configure())
        .builtinConstraints(Set.of())
        .initializeBeanMetaData(ModelShapes.generatedClasses())
        .beanMetaDataClassNormalizer(new ModelShapes())
        .buildValidatorFactory()
        .getValidator();
  }

  private <C extends BaseHibernateValidatorConfiguration<C>> C configure(C configuration) {
    Locale locale = profile.getLocale();
    return configuration
        .ignoreXmlConfiguration()
        .constraintValidatorPayload(profile)
        .locales(Set.of(locale))
        .defaultLocale(locale)
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(locale), locale, false));
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
    Set<ConstraintViolation<Report>> violations;
    if (!ModelShapes.holdsOnlyGeneratedClasses(report)) {
      violations = defaultScope().validate(report);
    } else {
      try {
        violations = validator.validate(report);
      } catch (RuntimeException e) {
        // A foreign class the tree check missed; met inside a container element, the normalizer's
        // exception arrives wrapped (HV000221).
        if (!ModelShapes.isForeignClass(e)) {
          throw e;
        }
        violations = defaultScope().validate(report);
      }
    }
    List<Finding> findings = new ArrayList<>(violations.size());
    for (ConstraintViolation<Report> violation : violations) {
      Optional<Finding> finding = ViolationFindings.toFinding(violation);
      finding.ifPresent(findings::add);
    }
    return findings;
  }

  private Validator defaultScope() {
    Validator result = defaultScope;
    if (result == null) {
      synchronized (this) {
        result = defaultScope;
        if (result == null) {
          result = configure(Validation.byProvider(HibernateValidator.class).configure())
              .buildValidatorFactory()
              .getValidator();
          defaultScope = result;
        }
      }
    }
    return result;
  }

  /** Whether a report of foreign classes made this engine build its default-scope factory; for tests. */
  boolean usedDefaultScope() {
    return defaultScope != null;
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
