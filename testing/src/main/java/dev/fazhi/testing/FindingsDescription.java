package dev.fazhi.testing;

import dev.fazhi.validation.Finding;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.ValidationResult;
import java.util.List;

/** Renders validation findings for failure messages that show what was there. */
final class FindingsDescription {

  /** At most this many findings are listed in one message. */
  static final int MAX_FINDINGS = 100;

  private FindingsDescription() {}

  /**
   * Every finding of a result, one per line in the result's order, under a header with their number;
   * at most {@link #MAX_FINDINGS}.
   */
  static String all(ValidationResult result) {
    List<Finding> findings = result.getFindings();
    return "Findings (" + findings.size() + "):\n" + list(findings);
  }

  /** Findings one per line, indented, in the given order; at most {@link #MAX_FINDINGS}. */
  static String list(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "  (none)";
    }
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (Finding finding : findings) {
      if (shown == MAX_FINDINGS) {
        out.append("\n  ... and ").append(findings.size() - shown).append(" more");
        break;
      }
      if (shown > 0) {
        out.append('\n');
      }
      out.append("  ").append(finding(finding));
      shown++;
    }
    return out.toString();
  }

  /**
   * One finding on one line: rule, severity, line:column, section, quote, part, imbalance and message,
   * each only when the finding has it.
   */
  static String finding(Finding finding) {
    StringBuilder out = new StringBuilder(finding.getRule()).append(' ').append(finding.getSeverity());
    out.append(finding.getLocation().map(where -> " at " + where.getLine() + ":" + where.getColumn())
        .orElse(" (whole report)"));
    finding.getSection().ifPresent(section -> out.append(" in \"").append(section).append('"'));
    finding.getQuote().ifPresent(quote -> out.append(" quoting \"").append(quote).append('"'));
    finding.getPart().ifPresent(part -> out.append(" about ").append(part));
    finding.getImbalance().ifPresent(imbalance -> out.append(" imbalance ").append(imbalance.toPlainString()));
    return out.append(": ").append(finding.getMessage()).toString();
  }

  /**
   * A note for a rule id or family that no built-in rule has, so that a typo shows; empty for a known
   * one. A rule of the user's own is not in the catalog either, hence a note and not a failure.
   */
  static String unknownRuleNote(String ruleIdOrFamily) {
    for (RuleDescriptor rule : RuleCatalog.rules()) {
      if (RuleCatalog.matches(ruleIdOrFamily, rule.getId())) {
        return "";
      }
    }
    return "\n(Note: no built-in rule is " + (RuleCatalog.isFamily(ruleIdOrFamily) ? "in the family" : "named") + " \""
        + ruleIdOrFamily + "\"; the built-in rule ids are listed by RuleCatalog.ids().)";
  }
}
