package dev.fazhi.cli;

import dev.fazhi.validation.Severity;
import java.util.Objects;

/**
 * One {@code --severity RULE=LEVEL} option: a rule id and the severity its findings get instead of
 * the default.
 *
 * @param rule the rule id, such as {@code outline.numbering-style}
 * @param severity the severity its findings get
 */
record SeverityOverride(String rule, Severity severity) {

  SeverityOverride {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
  }
}
