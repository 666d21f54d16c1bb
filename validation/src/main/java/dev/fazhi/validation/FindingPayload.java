package dev.fazhi.validation;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.SourceLocation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Everything a finding says except its rendered message: the rule id, severity, message key and
 * arguments, expected and actual values, the part, the location.
 *
 * <p>Every constraint violation the Fazhi constraints raise carries one of these as its Hibernate
 * Validator dynamic payload, so that a host application that validates a report with its own
 * {@code jakarta.validation.Validator} can read the rule id and severity:
 * {@code violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(FindingPayload.class)},
 * or simply {@link Finding#of(jakarta.validation.ConstraintViolation)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FindingPayload {

  private final String rule;
  private final Severity severity;
  private final String messageKey;
  private final Map<String, Object> arguments;
  private final String expected;
  private final String actual;
  private final BigDecimal imbalance;
  private final Part part;
  private final SourceLocation location;
  private final String section;
  private final String quote;

  private FindingPayload(Builder builder) {
    this.rule = Objects.requireNonNull(builder.rule, "rule");
    this.severity = Objects.requireNonNull(builder.severity, "severity");
    this.messageKey = builder.messageKey == null ? rule : builder.messageKey;
    this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(builder.arguments));
    this.expected = builder.expected;
    this.actual = builder.actual;
    this.imbalance = builder.imbalance;
    this.part = builder.part;
    this.location = builder.location;
    this.section = builder.section;
    this.quote = builder.quote;
  }

  /**
   * Starts a builder.
   *
   * @param rule the rule id, such as {@code metric.breakdown-sum}
   * @param severity the severity
   * @return a new builder
   */
  public static Builder builder(String rule, Severity severity) {
    return new Builder(rule, severity);
  }

  /**
   * Reads the payload a Fazhi constraint violation carries, as raised by any Jakarta Validation
   * {@code Validator} backed by Hibernate Validator.
   *
   * @param violation a constraint violation
   * @return the payload, or empty when the violation was not raised by a Fazhi constraint
   */
  public static Optional<FindingPayload> of(ConstraintViolation<?> violation) {
    try {
      HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
      return Optional.ofNullable(hibernate.getDynamicPayload(FindingPayload.class));
    } catch (ValidationException notHibernate) {
      return Optional.empty();
    }
  }

  /**
   * The rule id.
   *
   * @return the id, such as {@code metric.breakdown-sum}
   */
  public String getRule() {
    return rule;
  }

  /**
   * The severity, after any override.
   *
   * @return the severity
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * The key of the message in the message bundles.
   *
   * @return the key, such as {@code dev.fazhi.rule.metric.breakdown-sum}
   */
  public String getMessageKey() {
    return messageKey;
  }

  /**
   * The named arguments of the message, in the order they were given.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> getArguments() {
    return arguments;
  }

  /**
   * The value the rule expected, as text.
   *
   * @return the expected value, such as {@code 331}
   */
  public Optional<String> getExpected() {
    return Optional.ofNullable(expected);
  }

  /**
   * The value the report states, as text.
   *
   * @return the actual value
   */
  public Optional<String> getActual() {
    return Optional.ofNullable(actual);
  }

  /**
   * For arithmetic rules, how far the stated value lies from the nearest consistent one.
   *
   * @return the imbalance, exact
   */
  public Optional<BigDecimal> getImbalance() {
    return Optional.ofNullable(imbalance);
  }

  /**
   * The part of the report the finding concerns.
   *
   * @return the part
   */
  public Optional<Part> getPart() {
    return Optional.ofNullable(part);
  }

  /**
   * Where the finding stands in the source text.
   *
   * @return the location, empty for a finding about the report as a whole or a report built in code
   */
  public Optional<SourceLocation> getLocation() {
    return Optional.ofNullable(location);
  }

  /**
   * The heading path of the section the finding stands in, such as
   * {@code 一、2019年法治建设情况 / （二）强化行政执法机制建设}.
   *
   * @return the path
   */
  public Optional<String> getSection() {
    return Optional.ofNullable(section);
  }

  /**
   * A short quote of the offending text.
   *
   * @return the quote
   */
  public Optional<String> getQuote() {
    return Optional.ofNullable(quote);
  }

  /**
   * Completes this payload into a finding.
   *
   * @param message the rendered message
   * @return the finding
   */
  public Finding toFinding(String message) {
    return new Finding(this, message);
  }

  /**
   * A copy of this payload with another section path, where none was known when it was built.
   *
   * @param sectionPath the heading path
   * @return the copy
   */
  public FindingPayload withSection(String sectionPath) {
    return toBuilder().section(sectionPath).build();
  }

  /**
   * A builder holding this payload's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(rule, severity).messageKey(messageKey).expected(expected)
        .actual(actual).imbalance(imbalance).part(part).location(location).section(section)
        .quote(quote);
    builder.arguments.putAll(arguments);
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof FindingPayload)) {
      return false;
    }
    FindingPayload that = (FindingPayload) other;
    return rule.equals(that.rule) && severity == that.severity && messageKey.equals(that.messageKey)
        && arguments.equals(that.arguments) && Objects.equals(expected, that.expected)
        && Objects.equals(actual, that.actual) && Objects.equals(imbalance, that.imbalance)
        && part == that.part && Objects.equals(location, that.location)
        && Objects.equals(section, that.section) && Objects.equals(quote, that.quote);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, messageKey, arguments, expected, actual, imbalance, part,
        location, section, quote);
  }

  @Override
  public String toString() {
    return "FindingPayload{" + rule + ", " + severity + ", " + messageKey + ", " + arguments
        + (location == null ? "" : ", " + location.getLine() + ":" + location.getColumn())
        + (quote == null ? "" : ", '" + quote + "'") + "}";
  }

  /** Builds a {@link FindingPayload}; not thread-safe. */
  public static final class Builder {
    private final String rule;
    private final Severity severity;
    private String messageKey;
    private final Map<String, Object> arguments = new LinkedHashMap<>();
    private String expected;
    private String actual;
    private BigDecimal imbalance;
    private Part part;
    private SourceLocation location;
    private String section;
    private String quote;

    private Builder(String rule, Severity severity) {
      this.rule = Objects.requireNonNull(rule, "rule");
      this.severity = Objects.requireNonNull(severity, "severity");
    }

    /**
     * Sets the message key.
     *
     * @param key the key in the message bundles
     * @return this builder
     */
    public Builder messageKey(String key) {
      this.messageKey = key;
      return this;
    }

    /**
     * Adds a named message argument.
     *
     * @param name the name, as used in the message ({@code {completed}})
     * @param value the value
     * @return this builder
     */
    public Builder argument(String name, Object value) {
      arguments.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
      return this;
    }

    /**
     * Sets the expected value.
     *
     * @param value the value as text, or null
     * @return this builder
     */
    public Builder expected(String value) {
      this.expected = value;
      return this;
    }

    /**
     * Sets the actual value.
     *
     * @param value the value as text, or null
     * @return this builder
     */
    public Builder actual(String value) {
      this.actual = value;
      return this;
    }

    /**
     * Sets the imbalance of an arithmetic finding.
     *
     * @param value the imbalance, or null
     * @return this builder
     */
    public Builder imbalance(BigDecimal value) {
      this.imbalance = value;
      return this;
    }

    /**
     * Sets the part the finding concerns.
     *
     * @param value the part, or null
     * @return this builder
     */
    public Builder part(Part value) {
      this.part = value;
      return this;
    }

    /**
     * Sets the location.
     *
     * @param value the location, or null
     * @return this builder
     */
    public Builder location(SourceLocation value) {
      this.location = value;
      return this;
    }

    /**
     * Sets the heading path.
     *
     * @param value the path, or null
     * @return this builder
     */
    public Builder section(String value) {
      this.section = value;
      return this;
    }

    /**
     * Sets the quote.
     *
     * @param value the quote, or null
     * @return this builder
     */
    public Builder quote(String value) {
      this.quote = value;
      return this;
    }

    /**
     * Builds the payload.
     *
     * @return the payload
     */
    public FindingPayload build() {
      return new FindingPayload(this);
    }
  }
}
