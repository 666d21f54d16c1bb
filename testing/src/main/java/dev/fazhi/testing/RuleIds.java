package dev.fazhi.testing;

import dev.fazhi.validation.RuleCatalog;
import java.util.Objects;

/**
 * Rule ids and families as the assertions accept them, with the meaning
 * {@link RuleCatalog#matches(String, String)} gives them: {@code metric.breakdown-sum} is one rule,
 * {@code metric.*} and {@code metric} are the family.
 */
final class RuleIds {

  private RuleIds() {}

  /** Checks an argument naming a rule or family: not null, not blank. */
  static String require(String ruleIdOrFamily, String name) {
    Objects.requireNonNull(ruleIdOrFamily, name);
    if (ruleIdOrFamily.isBlank()) {
      throw new IllegalArgumentException(name + " must name a rule id such as metric.breakdown-sum"
          + " or a family such as metric.*, but it is blank");
    }
    return ruleIdOrFamily;
  }

  /** How the argument reads in a message: {@code rule "x"} or {@code family "x"}. */
  static String describe(String ruleIdOrFamily) {
    return (RuleCatalog.isFamily(ruleIdOrFamily) ? "rule family \"" : "rule \"") + ruleIdOrFamily + "\"";
  }
}
