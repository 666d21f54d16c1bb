package dev.fazhi.validation;

import dev.fazhi.core.model.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The findings of one validation, in a deterministic order: first the findings about the report as a
 * whole (no location), then the others by position in the source text; ties are broken by rule id,
 * section path, quote and message, so that the same report always gives the same list.
 *
 * <p>A report without its source text (a JSON report with no {@code sourceText}, or one built in
 * code) is checked by the rules that read the text (the {@code text.*} rules) in its title, headings and
 * paragraphs only: what stood outside them in the published text (navigation and publication lines,
 * editing residue between paragraphs) is not seen, and {@link #isSourceTextChecked()} says so.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ValidationResult {

  /** The order of findings described in the class comment. */
  public static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.getLocation().orElse(null),
          Comparator.nullsFirst(Comparator.<SourceLocation>naturalOrder()))
      .thenComparing(Finding::getRule)
      .thenComparing(f -> f.getSection().orElse(""))
      .thenComparing(f -> f.getQuote().orElse(""))
      .thenComparing(f -> f.getPart().map(Enum::ordinal).orElse(-1))
      .thenComparing(f -> f.getImbalance().orElse(BigDecimal.ZERO))
      .thenComparing(Finding::getMessage);

  private static final ValidationResult EMPTY = new ValidationResult(List.of(), true);

  private final List<Finding> findings;
  private final boolean textChecked;

  private ValidationResult(List<Finding> sorted, boolean textChecked) {
    this.findings = sorted;
    this.textChecked = textChecked;
  }

  /**
   * Obtains a result holding the given findings, sorted.
   *
   * @param findings the findings, in any order
   * @return the result
   */
  public static ValidationResult of(Collection<Finding> findings) {
    return of(findings, true);
  }

  /**
   * Obtains a result holding the given findings, sorted, of a report whose text was or was not there
   * to check.
   *
   * @param findings the findings, in any order
   * @param textChecked false when the report had no source text, so that the text rules read only its
   *     title, headings and paragraphs
   * @return the result
   */
  public static ValidationResult of(Collection<Finding> findings, boolean textChecked) {
    if (findings.isEmpty() && textChecked) {
      return EMPTY;
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.forEach(f -> Objects.requireNonNull(f, "finding"));
    sorted.sort(ORDER);
    return new ValidationResult(List.copyOf(sorted), textChecked);
  }

  /**
   * Whether the rules that read the text ({@code text.*}) read the whole published text: false for a
   * report without {@code sourceText}, such as one built in code or read from JSON without it, whose
   * text rules read only its title, headings and paragraphs.
   *
   * @return true when the source text was checked
   */
  public boolean isSourceTextChecked() {
    return textChecked;
  }

  /**
   * The findings, sorted as described in the class comment.
   *
   * @return an unmodifiable list
   */
  public List<Finding> getFindings() {
    return findings;
  }

  /**
   * Whether nothing was found.
   *
   * @return true when there are no findings
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * Whether some finding is at least as serious as the threshold.
   *
   * @param threshold the threshold
   * @return true when a finding reaches it
   */
  public boolean hasFindingsAtLeast(Severity threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return findings.stream().anyMatch(f -> f.getSeverity().isAtLeast(threshold));
  }

  /**
   * Counts the findings of exactly one severity.
   *
   * @param severity the severity
   * @return the count
   */
  public long count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings.stream().filter(f -> f.getSeverity() == severity).count();
  }

  /**
   * The findings of one rule ({@code metric.breakdown-sum}) or one family ({@code metric.*} or
   * {@code metric}), as {@link RuleCatalog#matches(String, String)} selects them.
   *
   * @param ruleIdOrFamily a rule id, or a family with or without the trailing {@code .*}
   * @return the findings, in order
   */
  public List<Finding> findings(String ruleIdOrFamily) {
    Objects.requireNonNull(ruleIdOrFamily, "ruleIdOrFamily");
    List<Finding> out = new ArrayList<>();
    for (Finding finding : findings) {
      if (RuleCatalog.matches(ruleIdOrFamily, finding.getRule())) {
        out.add(finding);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The first finding of a rule or family, if any.
   *
   * @param ruleIdOrFamily as for {@link #findings(String)}
   * @return the first finding
   */
  public Optional<Finding> first(String ruleIdOrFamily) {
    List<Finding> matching = findings(ruleIdOrFamily);
    return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(0));
  }

  /**
   * Whether another result holds the same findings ({@link #isSourceTextChecked()} aside).
   *
   * @param other the other object
   * @return true for a result with equal findings in the same order
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationResult result && findings.equals(result.findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  @Override
  public String toString() {
    return "ValidationResult" + findings + (textChecked ? "" : " (source text not checked)");
  }
}
