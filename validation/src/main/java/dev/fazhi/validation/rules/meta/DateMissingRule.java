package dev.fazhi.validation.rules.meta;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/**
 * meta.date-missing: the report carries no signing (成文) date. Immutable and thread-safe.
 */
public final class DateMissingRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("meta.date-missing", Severity.WARNING, RuleSource.REG);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    if (report.getSignedOn().isEmpty()) {
      findings.finding().add();
    }
  }
}
