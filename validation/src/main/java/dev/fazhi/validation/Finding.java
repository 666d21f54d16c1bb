package dev.fazhi.validation;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.internal.ViolationFindings;
import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the validator found in a report: which rule, how serious, a message in the validator's
 * locale, and where in the report a person would look.
 *
 * <p>A finding about something absent (a missing part, a missing date) has no location and points at
 * the report as a whole. Instances are immutable and thread-safe.
 */
public final class Finding {

  private final FindingPayload payload;
  private final String message;

  Finding(FindingPayload payload, String message) {
    this.payload = Objects.requireNonNull(payload, "payload");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Reads the finding a Fazhi constraint violation stands for, as raised by any Jakarta Validation
   * {@code Validator} on a report: the rule id and severity come from the violation's dynamic payload,
   * the message is the violation's interpolated message, and the heading path is resolved from the
   * violation's property path when its root bean is a report.
   *
   * @param violation a constraint violation
   * @return the finding, or empty when the violation was not raised by a Fazhi constraint
   */
  public static Optional<Finding> of(ConstraintViolation<?> violation) {
    return ViolationFindings.toFinding(violation);
  }

  /**
   * The rule id, such as {@code metric.breakdown-sum}.
   *
   * @return the id
   */
  public String getRule() {
    return payload.getRule();
  }

  /**
   * The severity, after any override.
   *
   * @return the severity
   */
  public Severity getSeverity() {
    return payload.getSeverity();
  }

  /**
   * The message, rendered in the validator's locale, naming the figures involved.
   *
   * @return the message
   */
  public String getMessage() {
    return message;
  }

  /**
   * The key of the message in the message bundles.
   *
   * @return the key
   */
  public String getMessageKey() {
    return payload.getMessageKey();
  }

  /**
   * The named arguments the message was rendered from, in order.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> getArguments() {
    return payload.getArguments();
  }

  /**
   * The value the rule expected, as text.
   *
   * @return the expected value
   */
  public Optional<String> getExpected() {
    return payload.getExpected();
  }

  /**
   * The value the report states, as text.
   *
   * @return the actual value
   */
  public Optional<String> getActual() {
    return payload.getActual();
  }

  /**
   * For arithmetic rules, how far the stated value lies from the nearest consistent one, exact.
   *
   * @return the imbalance
   */
  public Optional<BigDecimal> getImbalance() {
    return payload.getImbalance();
  }

  /**
   * The part of the report the finding concerns.
   *
   * @return the part
   */
  public Optional<Part> getPart() {
    return payload.getPart();
  }

  /**
   * Where in the source text the finding stands (1-based line and column).
   *
   * @return the location, empty for a finding about the report as a whole or a report built in code
   */
  public Optional<SourceLocation> getLocation() {
    return payload.getLocation();
  }

  /**
   * The heading path of the section the finding stands in, such as
   * {@code 一、2019年法治建设情况 / （二）强化行政执法机制建设}.
   *
   * @return the path
   */
  public Optional<String> getSection() {
    return payload.getSection();
  }

  /**
   * A short quote of the offending text.
   *
   * @return the quote
   */
  public Optional<String> getQuote() {
    return payload.getQuote();
  }

  /**
   * Everything this finding says except its message.
   *
   * @return the payload
   */
  public FindingPayload getPayload() {
    return payload;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) other;
    return payload.equals(that.payload) && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return 31 * payload.hashCode() + message.hashCode();
  }

  @Override
  public String toString() {
    return getSeverity() + " " + getRule()
        + getLocation().map(l -> " " + l.getLine() + ":" + l.getColumn()).orElse("")
        + ": " + message;
  }
}
