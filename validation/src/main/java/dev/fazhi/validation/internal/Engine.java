package dev.fazhi.validation.internal;

import dev.fazhi.core.model.ImmutableAmount;
import dev.fazhi.core.model.ImmutableBreakdown;
import dev.fazhi.core.model.ImmutableCount;
import dev.fazhi.core.model.ImmutableParagraph;
import dev.fazhi.core.model.ImmutableRate;
import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.ImmutableSubset;
import dev.fazhi.core.model.ImmutableTaskCompletion;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.metadata.BeanMetaDataClassNormalizer;

/**
 * The Hibernate Validator bootstrap of one validator, and the validation pass.
 *
 * <p>The factory is built once with the rule profile as its constraint validator payload and the
 * profile's locale, ignoring any {@code META-INF/validation.xml} of the host application. Messages are
 * interpolated by the {@link ParameterMessageInterpolator}: parameters only, no expression language,
 * so nothing quoted from a report is ever evaluated.
 *
 * <p>The factory uses Hibernate Validator's predefined scope: the metadata of the model's own classes
 * (the {@code Immutable*} implementations the builders, the reader and the JSON form make) is built
 * once at bootstrap, and none of Hibernate Validator's built-in constraints is registered, since the
 * model declares only Fazhi's constraints and {@code @Valid}. That is about half the work a
 * bootstrap and first validation did in the default scope, which matters for a command that checks one
 * report. A report whose tree holds an implementation of a model interface of the caller's own (the
 * predefined scope would skip its constraints silently) is validated instead by a default-scope
 * factory with the same settings, built on first need, so the findings never depend on the scope.
 */
public final class Engine {

  /** The classes whose metadata the predefined scope builds: every class the cascade reaches. */
  private static final Set<Class<?>> MODEL_CLASSES = Set.of(ImmutableReport.class,
      ImmutableSection.class, ImmutableParagraph.class, ImmutableTaskCompletion.class,
      ImmutableRate.class, ImmutableBreakdown.class, ImmutableSubset.class, ImmutableCount.class,
      ImmutableAmount.class);

  /** The model classes with all their superclasses and interfaces, which the validator looks up too. */
  private static final Set<Class<?>> KNOWN_CLASSES = withSupertypes(MODEL_CLASSES);

  private final RuleProfile profile;
  private final Validator validator;
  private volatile Validator defaultScope;

  private Engine(RuleProfile profile) {
    this.profile = profile;
    this.validator = configure(Validation.byProvider(PredefinedScopeHibernateValidator.class).configure())
        .builtinConstraints(Set.of())
        .initializeBeanMetaData(MODEL_CLASSES)
        .beanMetaDataClassNormalizer(new ModelClasses())
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
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(locale), locale, true));
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
    try {
      violations = validator.validate(report);
    } catch (RuntimeException e) {
      // Met inside a container element, the lookup's exception arrives wrapped (HV000221).
      if (!isForeignClass(e)) {
        throw e;
      }
      violations = defaultScope().validate(report);
    }
    List<Finding> findings = new ArrayList<>(violations.size());
    for (ConstraintViolation<Report> violation : violations) {
      Optional<Finding> finding = ViolationFindings.toFinding(violation);
      finding.ifPresent(findings::add);
    }
    return findings;
  }

  private static boolean isForeignClass(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ForeignClass) {
        return true;
      }
    }
    return false;
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

  private static Set<Class<?>> withSupertypes(Set<Class<?>> classes) {
    Set<Class<?>> out = new HashSet<>();
    Deque<Class<?>> pending = new ArrayDeque<>(classes);
    while (!pending.isEmpty()) {
      Class<?> type = pending.pop();
      if (out.add(type)) {
        if (type.getSuperclass() != null) {
          pending.push(type.getSuperclass());
        }
        pending.addAll(Arrays.asList(type.getInterfaces()));
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Lets the predefined scope look up the model's own classes only; any other class met in a report's
   * tree ends the pass, which then runs again in the default scope.
   */
  private static final class ModelClasses implements BeanMetaDataClassNormalizer {

    @Override
    public <T> Class<? super T> normalize(Class<T> beanClass) {
      if (!KNOWN_CLASSES.contains(beanClass)) {
        throw new ForeignClass(beanClass);
      }
      return beanClass;
    }
  }

  /** Thrown when a report's tree holds a class the predefined scope has no metadata for. */
  private static final class ForeignClass extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ForeignClass(Class<?> type) {
      super(type.getName(), null, false, false);
    }
  }
}
