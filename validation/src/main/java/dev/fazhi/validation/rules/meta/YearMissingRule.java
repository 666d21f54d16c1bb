package dev.fazhi.validation.rules.meta;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/**
 * meta.year-missing: the reporting year cannot be identified. Rules that need the year skip instead.
 * Immutable and thread-safe.
 */
public final class YearMissingRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("meta.year-missing", Severity.ERROR, RuleSource.REG);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    if (report.getReportingYear().isEmpty()) {
      findings.finding().add();
    }
  }
}
