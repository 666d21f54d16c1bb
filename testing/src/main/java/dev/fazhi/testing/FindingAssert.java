package dev.fazhi.testing;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.Severity;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Finding}, in the AssertJ style: reach it from a result with
 * {@link ValidationResultAssert#finding(String)}, or start with {@link FazhiAssertions#assertThat(Finding)}.
 *
 * <pre>{@code
 * assertThat(result).finding("metric.breakdown-sum")
 *     .hasSeverity(Severity.ERROR)
 *     .hasLine(16)
 *     .hasImbalance("8")
 *     .hasMessageContaining("215");
 * }</pre>
 *
 * <p>Every failure shows the whole finding (rule, severity, line:column, section, quote, part, imbalance,
 * message) and what of it differed.
 *
 * <p>The class is not final so that soft assertions can proxy it; extend it only for that purpose.
 */
public class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

  /**
   * Creates an assertion on a finding; prefer {@link FazhiAssertions#assertThat(Finding)}.
   *
   * @param actual the finding under test, may be null (every assertion then fails)
   */
  public FindingAssert(Finding actual) {
    super(actual, FindingAssert.class);
  }

  /**
   * Verifies the rule id.
   *
   * @param ruleId the rule id, such as {@code metric.breakdown-sum}
   * @return this assertion
   */
  public FindingAssert hasRule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    isNotNull();
    if (!actual.getRule().equals(ruleId)) {
      reportFailure("to be of rule \"" + ruleId + "\"", "but it is of rule \"" + actual.getRule() + "\"");
    }
    return this;
  }

  /**
   * Verifies the severity, after any override the validator applied.
   *
   * @param severity the expected severity
   * @return this assertion
   */
  public FindingAssert hasSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    isNotNull();
    if (actual.getSeverity() != severity) {
      reportFailure("to have severity " + severity, "but it has " + actual.getSeverity());
    }
    return this;
  }

  /**
   * Verifies that the message, as rendered in the validator's locale, contains a piece of text.
   *
   * @param text the text, such as {@code 215}
   * @return this assertion
   */
  public FindingAssert hasMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    isNotNull();
    if (!actual.getMessage().contains(text)) {
      reportFailure("to have a message containing \"" + text + "\"",
          "but its message is \"" + actual.getMessage() + "\"");
    }
    return this;
  }

  /**
   * Verifies the line the finding stands on.
   *
   * @param line the 1-based line in the source text
   * @return this assertion
   */
  public FindingAssert hasLine(int line) {
    isNotNull();
    Optional<SourceLocation> location = actual.getLocation();
    if (location.isEmpty() || location.get().getLine() != line) {
      reportFailure("to stand on line " + line, "but it " + where());
    }
    return this;
  }

  /**
   * Verifies the line and column the finding stands at.
   *
   * @param line the 1-based line in the source text
   * @param column the 1-based column, in characters
   * @return this assertion
   */
  public FindingAssert hasLocation(int line, int column) {
    isNotNull();
    Optional<SourceLocation> location = actual.getLocation();
    if (location.isEmpty() || location.get().getLine() != line || location.get().getColumn() != column) {
      reportFailure("to stand at " + line + ":" + column, "but it " + where());
    }
    return this;
  }

  /**
   * Verifies that the finding has no location: it concerns the report as a whole, such as a missing part,
   * or the report was built in code.
   *
   * @return this assertion
   */
  public FindingAssert hasNoLocation() {
    isNotNull();
    if (actual.getLocation().isPresent()) {
      reportFailure("to concern the report as a whole, with no location", "but it " + where());
    }
    return this;
  }

  /**
   * Verifies the heading path of the section the finding stands in, exactly.
   *
   * @param sectionPath the path, such as {@code 一、2023年法治政府建设主要举措和成效 / （二）深化市场监管执法}
   * @return this assertion
   */
  public FindingAssert hasSection(String sectionPath) {
    Objects.requireNonNull(sectionPath, "sectionPath");
    isNotNull();
    if (!actual.getSection().equals(Optional.of(sectionPath))) {
      reportFailure("to stand in section \"" + sectionPath + "\"", but("section", actual.getSection()));
    }
    return this;
  }

  /**
   * Verifies that the heading path of the section the finding stands in contains a piece of text.
   *
   * @param text the text, such as {@code （二）}
   * @return this assertion
   */
  public FindingAssert hasSectionContaining(String text) {
    Objects.requireNonNull(text, "text");
    isNotNull();
    if (!actual.getSection().map(section -> section.contains(text)).orElse(false)) {
      reportFailure("to stand in a section whose path contains \"" + text + "\"",
          but("section", actual.getSection()));
    }
    return this;
  }

  /**
   * Verifies the quote of the offending text, exactly.
   *
   * @param quote the quote
   * @return this assertion
   */
  public FindingAssert hasQuote(String quote) {
    Objects.requireNonNull(quote, "quote");
    isNotNull();
    if (!actual.getQuote().equals(Optional.of(quote))) {
      reportFailure("to quote \"" + quote + "\"", but("quote", actual.getQuote()));
    }
    return this;
  }

  /**
   * Verifies that the quote of the offending text contains a piece of text.
   *
   * @param text the text, such as {@code 执法执法}
   * @return this assertion
   */
  public FindingAssert hasQuoteContaining(String text) {
    Objects.requireNonNull(text, "text");
    isNotNull();
    if (!actual.getQuote().map(quote -> quote.contains(text)).orElse(false)) {
      reportFailure("to have a quote containing \"" + text + "\"", but("quote", actual.getQuote()));
    }
    return this;
  }

  /**
   * Verifies the part of the report the finding concerns.
   *
   * @param part the part
   * @return this assertion
   */
  public FindingAssert hasPart(Part part) {
    Objects.requireNonNull(part, "part");
    isNotNull();
    if (!actual.getPart().equals(Optional.of(part))) {
      reportFailure("to concern part " + part, but("part", actual.getPart().map(Part::name)));
    }
    return this;
  }

  /**
   * Verifies the imbalance of an arithmetic finding, compared by value: {@code "8"} matches
   * {@code 8.00}.
   *
   * @param imbalance the imbalance as a decimal string, such as {@code "8"} or {@code "-2.4"}
   * @return this assertion
   * @throws NumberFormatException if {@code imbalance} is not a decimal number
   */
  public FindingAssert hasImbalance(String imbalance) {
    BigDecimal expected = new BigDecimal(Objects.requireNonNull(imbalance, "imbalance"));
    isNotNull();
    if (actual.getImbalance().map(found -> found.compareTo(expected) != 0).orElse(true)) {
      reportFailure("to have imbalance " + imbalance,
          but("imbalance", actual.getImbalance().map(BigDecimal::toPlainString)));
    }
    return this;
  }

  /**
   * Verifies the value the rule expected, as text.
   *
   * @param expected the expected value, such as {@code 207}
   * @return this assertion
   */
  public FindingAssert hasExpected(String expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    if (!actual.getExpected().equals(Optional.of(expected))) {
      reportFailure("to have expected value \"" + expected + "\"", but("expected value", actual.getExpected()));
    }
    return this;
  }

  /**
   * Verifies the value the report states, as text.
   *
   * @param stated the stated value, such as {@code 215}
   * @return this assertion
   */
  public FindingAssert hasActual(String stated) {
    Objects.requireNonNull(stated, "stated");
    isNotNull();
    if (!actual.getActual().equals(Optional.of(stated))) {
      reportFailure("to have actual value \"" + stated + "\"", but("actual value", actual.getActual()));
    }
    return this;
  }

  private String where() {
    return actual.getLocation()
        .map(location -> "stands at " + location.getLine() + ":" + location.getColumn())
        .orElse("has no location");
  }

  private static String but(String what, Optional<String> found) {
    return found.map(value -> "but its " + what + " is \"" + value + "\"").orElse("but it has no " + what);
  }

  private void reportFailure(String expected, String but) {
    failWithMessage("%s", "\nExpecting finding\n  " + FindingsDescription.finding(actual) + "\n" + expected
        + ",\n" + but);
  }
}
