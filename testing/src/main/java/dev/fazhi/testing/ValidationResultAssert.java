package dev.fazhi.testing;

import dev.fazhi.core.model.Part;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.ValidationResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ValidationResult}, in the AssertJ style: start with
 * {@link FazhiAssertions#assertThat(ValidationResult)} (or {@code softly.assertThat(result)} with
 * {@link FazhiSoftAssertions}) and chain.
 *
 * <pre>{@code
 * ValidationResult result = ReportValidator.defaults().validate(report);
 * assertThat(result)
 *     .hasNoErrors()
 *     .hasFindingAt("text.repeated-phrase", 16)
 *     .hasNoFinding("metric.*");
 * assertThat(result).finding("outline.numbering-style")
 *     .hasSeverity(Severity.INFO)
 *     .hasQuoteContaining("1、");
 * }</pre>
 *
 * <p>A rule is named by its id ({@code metric.breakdown-sum}); where an argument is called
 * {@code ruleIdOrFamily} a family is accepted as well ({@code metric.*} or {@code metric}), with the
 * meaning {@link ValidationResult#findings(String)} gives it.
 *
 * <p>Every failure says what was expected and lists every finding the result holds, one per line in the
 * result's order: rule, severity, line:column, section, quote, part, imbalance and message. A
 * description set with {@code as(...)} prefixes the message as usual.
 *
 * <p>The class is not final so that soft assertions can proxy it; extend it only for that purpose.
 */
public class ValidationResultAssert extends AbstractAssert<ValidationResultAssert, ValidationResult> {

  /** Makes the assertions {@link #finding(String)} navigates to; soft ones under soft assertions. */
  private Function<Finding, FindingAssert> findingAsserts = FindingAssert::new;

  /**
   * Creates an assertion on a validation result; prefer {@link FazhiAssertions#assertThat(ValidationResult)}.
   *
   * @param actual the result under test, may be null (every assertion then fails)
   */
  public ValidationResultAssert(ValidationResult actual) {
    super(actual, ValidationResultAssert.class);
  }

  /**
   * Verifies that the result holds no finding at all, of any severity.
   *
   * @return this assertion
   */
  public ValidationResultAssert hasNoFindings() {
    isNotNull();
    if (!actual.isEmpty()) {
      reportFailure("to have no finding", "but it has " + actual.getFindings().size() + ".");
    }
    return this;
  }

  /**
   * Verifies that the result holds no finding of severity {@link Severity#ERROR}; warnings and
   * information are allowed.
   *
   * @return this assertion
   */
  public ValidationResultAssert hasNoErrors() {
    return hasNoFindingsAtLeast(Severity.ERROR);
  }

  /**
   * Verifies that the result holds no finding as serious as a threshold or more:
   * {@code hasNoFindingsAtLeast(Severity.WARNING)} allows only {@link Severity#INFO} findings.
   *
   * @param threshold the least serious severity that is not allowed
   * @return this assertion
   */
  public ValidationResultAssert hasNoFindingsAtLeast(Severity threshold) {
    Objects.requireNonNull(threshold, "threshold");
    isNotNull();
    List<Finding> serious = select(actual.getFindings(), f -> f.getSeverity().isAtLeast(threshold));
    if (!serious.isEmpty()) {
      String what = threshold == Severity.ERROR ? "of severity ERROR"
          : "of severity " + threshold + " or more serious";
      reportFailure("to have no finding " + what,
          "but it has " + serious.size() + ":\n" + FindingsDescription.list(serious));
    }
    return this;
  }

  /**
   * Verifies that the result holds at least one finding of a rule or family.
   *
   * @param ruleIdOrFamily a rule id such as {@code metric.breakdown-sum}, or a family such as
   *     {@code metric.*}
   * @return this assertion
   */
  public ValidationResultAssert hasFinding(String ruleIdOrFamily) {
    RuleIds.require(ruleIdOrFamily, "ruleIdOrFamily");
    isNotNull();
    if (actual.findings(ruleIdOrFamily).isEmpty()) {
      reportFailure("to have a finding of " + RuleIds.describe(ruleIdOrFamily),
          "but it has none." + FindingsDescription.unknownRuleNote(ruleIdOrFamily));
    }
    return this;
  }

  /**
   * Verifies that the result holds no finding of a rule or family.
   *
   * @param ruleIdOrFamily a rule id such as {@code outline.causes-missing}, or a family such as
   *     {@code text.*}
   * @return this assertion
   */
  public ValidationResultAssert hasNoFinding(String ruleIdOrFamily) {
    RuleIds.require(ruleIdOrFamily, "ruleIdOrFamily");
    isNotNull();
    List<Finding> found = actual.findings(ruleIdOrFamily);
    if (!found.isEmpty()) {
      reportFailure("not to have a finding of " + RuleIds.describe(ruleIdOrFamily),
          "but it has " + found.size() + ":\n" + FindingsDescription.list(found));
    }
    return this;
  }

  /**
   * Verifies that the result holds a finding of a rule on a line of the source text.
   *
   * @param ruleIdOrFamily a rule id such as {@code text.editor-residue}, or a family
   * @param line the 1-based line the finding stands on
   * @return this assertion
   */
  public ValidationResultAssert hasFindingAt(String ruleIdOrFamily, int line) {
    return hasFindingWhere(ruleIdOrFamily, "at line " + line, f -> lineOf(f) == line,
        f -> f.getLocation().map(where -> "line " + where.getLine()).orElse("no line (whole report)"));
  }

  /**
   * Verifies that the result holds a finding of a rule whose quote contains a piece of text.
   *
   * @param ruleIdOrFamily a rule id such as {@code text.repeated-phrase}, or a family
   * @param quoteFragment text the finding's quote contains, such as {@code 执法执法}
   * @return this assertion
   */
  public ValidationResultAssert hasFindingQuoting(String ruleIdOrFamily, String quoteFragment) {
    Objects.requireNonNull(quoteFragment, "quoteFragment");
    return hasFindingWhere(ruleIdOrFamily, "quoting \"" + quoteFragment + "\"",
        f -> f.getQuote().map(quote -> quote.contains(quoteFragment)).orElse(false),
        f -> f.getQuote().map(quote -> "\"" + quote + "\"").orElse("no quote"));
  }

  /**
   * Verifies that the result holds a finding of a rule about a part of the report, such as
   * {@code outline.part-missing} about {@link Part#SHORTCOMINGS_AND_CAUSES}.
   *
   * @param ruleIdOrFamily a rule id, or a family
   * @param part the part the finding concerns
   * @return this assertion
   */
  public ValidationResultAssert hasFindingAbout(String ruleIdOrFamily, Part part) {
    Objects.requireNonNull(part, "part");
    return hasFindingWhere(ruleIdOrFamily, "about part " + part,
        f -> f.getPart().equals(Optional.of(part)),
        f -> f.getPart().map(Part::name).orElse("no part"));
  }

  /**
   * Verifies that the rules the findings belong to are exactly these: each is found at least once and
   * no finding belongs to another rule. How many findings each rule has does not matter. A family
   * ({@code text.*}) stands for all its rules: it must be found and covers its findings. With no
   * argument this is {@link #hasNoFindings()}.
   *
   * @param ruleIdsOrFamilies the rule ids, or families
   * @return this assertion
   */
  public ValidationResultAssert hasOnlyFindings(String... ruleIdsOrFamilies) {
    Objects.requireNonNull(ruleIdsOrFamilies, "ruleIdsOrFamilies");
    for (String ruleIdOrFamily : ruleIdsOrFamilies) {
      RuleIds.require(ruleIdOrFamily, "ruleIdsOrFamilies");
    }
    isNotNull();
    Set<String> expected = new LinkedHashSet<>(List.of(ruleIdsOrFamilies));
    Set<String> missing = new TreeSet<>();
    Set<Finding> covered = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String ruleIdOrFamily : expected) {
      List<Finding> found = actual.findings(ruleIdOrFamily);
      if (found.isEmpty()) {
        missing.add(ruleIdOrFamily);
      }
      covered.addAll(found);
    }
    Set<String> unexpected = new TreeSet<>();
    for (Finding finding : actual.getFindings()) {
      if (!covered.contains(finding)) {
        unexpected.add(finding.getRule());
      }
    }
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      StringBuilder but = new StringBuilder();
      if (!missing.isEmpty()) {
        but.append("but these were not found: ").append(missing);
      }
      if (!unexpected.isEmpty()) {
        but.append(missing.isEmpty() ? "but " : "\nand ").append("these were found and not expected: ")
            .append(unexpected);
      }
      reportFailure("to have findings of exactly the rules " + expected, but.toString());
    }
    return this;
  }

  /**
   * Verifies the number of findings, of every rule and severity.
   *
   * @param count the expected number
   * @return this assertion
   */
  public ValidationResultAssert hasFindingCount(int count) {
    isNotNull();
    if (actual.getFindings().size() != count) {
      reportFailure("to have " + count + " finding(s)", "but it has " + actual.getFindings().size() + ".");
    }
    return this;
  }

  /**
   * Verifies the number of findings of one rule or family, such as three {@code text.editor-residue}
   * findings in a web copy.
   *
   * @param ruleIdOrFamily a rule id, or a family
   * @param count the expected number
   * @return this assertion
   */
  public ValidationResultAssert hasFindingCount(String ruleIdOrFamily, int count) {
    RuleIds.require(ruleIdOrFamily, "ruleIdOrFamily");
    isNotNull();
    List<Finding> found = actual.findings(ruleIdOrFamily);
    if (found.size() != count) {
      reportFailure("to have " + count + " finding(s) of " + RuleIds.describe(ruleIdOrFamily),
          "but it has " + found.size() + (found.isEmpty() ? "." : ":\n" + FindingsDescription.list(found))
              + (found.isEmpty() ? FindingsDescription.unknownRuleNote(ruleIdOrFamily) : ""));
    }
    return this;
  }

  /**
   * Verifies that the result holds a finding of a rule and navigates to the first one, in the result's
   * order, for assertions on its details.
   *
   * <pre>{@code
   * assertThat(result).finding("metric.breakdown-sum").hasSeverity(Severity.ERROR).hasImbalance("8");
   * }</pre>
   *
   * <p>With soft assertions a missing finding is collected like any failure, and the assertions chained
   * after it fail because there is no finding to check.
   *
   * @param ruleIdOrFamily a rule id, or a family
   * @return assertions on the first finding of the rule
   */
  public final FindingAssert finding(String ruleIdOrFamily) {
    // final, so that soft-assertion proxies run it as written: hasFinding goes through the proxy, which
    // collects its failure, and the navigation hands out a soft FindingAssert.
    hasFinding(ruleIdOrFamily);
    return navigate(actual == null ? null : actual.first(ruleIdOrFamily).orElse(null));
  }

  /**
   * Verifies that the result holds a finding of a rule on a line and navigates to the first such
   * finding, for assertions on its details.
   *
   * @param ruleIdOrFamily a rule id, or a family
   * @param line the 1-based line the finding stands on
   * @return assertions on the first finding of the rule on that line
   * @see #finding(String)
   */
  public final FindingAssert findingAt(String ruleIdOrFamily, int line) {
    hasFindingAt(ruleIdOrFamily, line);
    return navigate(actual == null ? null : actual.findings(ruleIdOrFamily).stream()
        .filter(f -> lineOf(f) == line).findFirst().orElse(null));
  }

  /**
   * Makes the assertions this one navigates to with {@link #finding(String)} soft: the soft-assertion
   * provider passes its own factory.
   */
  final ValidationResultAssert navigatingWith(Function<Finding, FindingAssert> factory) {
    this.findingAsserts = Objects.requireNonNull(factory, "factory");
    return this;
  }

  private FindingAssert navigate(Finding finding) {
    FindingAssert navigated = findingAsserts.apply(finding);
    if (!descriptionText().isEmpty()) {
      navigated.as(info.description());
    }
    return navigated;
  }

  private ValidationResultAssert hasFindingWhere(String ruleIdOrFamily, String condition,
      Predicate<Finding> matches, Function<Finding, String> shownAs) {
    RuleIds.require(ruleIdOrFamily, "ruleIdOrFamily");
    isNotNull();
    List<Finding> ofRule = actual.findings(ruleIdOrFamily);
    if (ofRule.stream().anyMatch(matches)) {
      return this;
    }
    String expected = "to have a finding of " + RuleIds.describe(ruleIdOrFamily) + " " + condition;
    if (ofRule.isEmpty()) {
      reportFailure(expected, "but it has no finding of that rule."
          + FindingsDescription.unknownRuleNote(ruleIdOrFamily));
    } else {
      List<String> shown = new ArrayList<>();
      for (Finding finding : ofRule) {
        shown.add(shownAs.apply(finding));
      }
      reportFailure(expected, "but its findings of that rule have " + String.join(", ", shown) + ".");
    }
    return this;
  }

  private static int lineOf(Finding finding) {
    return finding.getLocation().map(where -> where.getLine()).orElse(-1);
  }

  private static List<Finding> select(List<Finding> findings, Predicate<Finding> condition) {
    return findings.stream().filter(condition).toList();
  }

  private void reportFailure(String expected, String but) {
    failWithMessage("%s", "\nExpecting validation result\n" + expected + ",\n" + but + "\n"
        + FindingsDescription.all(actual));
  }
}
