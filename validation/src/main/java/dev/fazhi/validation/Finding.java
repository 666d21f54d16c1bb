package dev.fazhi.validation;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.SourceLocation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.immutables.value.Value;

/**
 * One thing the validator found in a report: which rule, how serious, a message in the validator's
 * locale, and where in the report a person would look.
 *
 * <p>A finding about something absent (a missing part, a missing date) has no location and points at
 * the report as a whole. Built once, when a rule reports it, with its message rendered; instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {

  /** For the generated class only. */
  Finding() {}

  /**
   * Reads the finding a Fazhi constraint violation stands for, as raised by a Jakarta Validation
   * {@code Validator} backed by Hibernate Validator on a report: the violation carries the finding as
   * its dynamic payload.
   *
   * @param violation a constraint violation
   * @return the finding, or empty when the violation was not raised by Fazhi
   */
  public static Optional<Finding> of(ConstraintViolation<?> violation) {
    try {
      HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
      return Optional.ofNullable(hibernate.getDynamicPayload(Finding.class));
    } catch (ValidationException notHibernate) {
      return Optional.empty();
    }
  }

  /**
   * The rule id, such as {@code metric.breakdown-sum}.
   *
   * @return the id
   */
  public abstract String getRule();

  /**
   * The severity, after any override.
   *
   * @return the severity
   */
  public abstract Severity getSeverity();

  /**
   * The message, rendered in the validator's locale, naming the figures involved.
   *
   * @return the message
   */
  public abstract String getMessage();

  /**
   * The key of the message in its rule's bundle.
   *
   * @return the key, such as {@code metric.breakdown-sum.message}
   */
  public abstract String getMessageKey();

  /**
   * The named arguments the message was rendered from, in order.
   *
   * @return an unmodifiable map
   */
  public abstract Map<String, Object> getArguments();

  /**
   * The value the rule expected, as text.
   *
   * @return the expected value
   */
  public abstract Optional<String> getExpected();

  /**
   * The value the report states, as text.
   *
   * @return the actual value
   */
  public abstract Optional<String> getActual();

  /**
   * For arithmetic rules, how far the stated value lies from the nearest consistent one, exact.
   *
   * @return the imbalance
   */
  public abstract Optional<BigDecimal> getImbalance();

  /**
   * The part of the report the finding concerns.
   *
   * @return the part
   */
  public abstract Optional<Part> getPart();

  /**
   * Where in the source text the finding stands (1-based line and column).
   *
   * @return the location, empty for a finding about the report as a whole or a report built in code
   */
  public abstract Optional<SourceLocation> getLocation();

  /**
   * The heading path of the section the finding stands in, such as
   * {@code 一、2019年法治建设情况 / （二）强化行政执法机制建设}.
   *
   * @return the path
   */
  public abstract Optional<String> getSection();

  /**
   * A short quote of the offending text.
   *
   * @return the quote
   */
  public abstract Optional<String> getQuote();

  @Override
  public String toString() {
    return getSeverity() + " " + getRule()
        + getLocation().map(l -> " " + l.getLine() + ":" + l.getColumn()).orElse("")
        + ": " + getMessage();
  }
}
