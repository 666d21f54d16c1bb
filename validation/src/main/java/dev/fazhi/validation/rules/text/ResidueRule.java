package dev.fazhi.validation.rules.text;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.ReportResidue;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;

/**
 * A rule about what the file a report was published in carries beside its text: checked only when the
 * report has a {@link ReportResidue} (a plain text has none). Immutable and thread-safe.
 */
abstract class ResidueRule implements Rule {

  private final RuleDescriptor descriptor;

  ResidueRule(RuleDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public final void check(Report report, FindingSink findings) {
    report.getResidue().ifPresent(residue -> check(residue, findings));
  }

  /**
   * Checks the residue.
   *
   * @param residue what the file carries
   * @param findings where findings go
   */
  abstract void check(ReportResidue residue, FindingSink findings);
}
