package dev.fazhi.validation.rules.meta;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.internal.ReportIndex;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/**
 * meta.issuer-missing: no issuing organ can be identified (none, or a blank name). Immutable and
 * thread-safe.
 */
public final class IssuerMissingRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("meta.issuer-missing", Severity.ERROR, RuleSource.REG);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    if (report.getIssuer().map(i -> ReportIndex.strip(i.getName()).isEmpty()).orElse(true)) {
      findings.finding().add();
    }
  }
}
