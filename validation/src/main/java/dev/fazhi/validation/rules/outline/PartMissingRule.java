package dev.fazhi.validation.rules.outline;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/**
 * outline.part-missing: one of the four required parts is neither a section of its own nor discussed
 * inside another part ({@link Report#partStatus(Part)}). Immutable and thread-safe.
 */
public final class PartMissingRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("outline.part-missing", Severity.ERROR, RuleSource.REG);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    for (Part part : Part.values()) {
      if (part.isRequired() && PartStatuses.of(findings, part).isAbsent()) {
        findings.finding().part(part)
            .argument("partName", RuleCatalog.partName(part, findings.getLocale())).add();
      }
    }
  }
}
