package dev.fazhi.validation.rules.outline;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import java.util.ArrayList;
import java.util.List;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.internal.ReportIndex;

/**
 * outline.part-order: the required parts, each at its first section, do not stand in the order
 * measures → shortcomings → principal responsibility → next-year plan (other matters may stand
 * anywhere). One finding per part that stands before one it should follow. Immutable and thread-safe.
 */
public final class PartOrderRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("outline.part-order", Severity.INFO, RuleSource.REG);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    List<Section> sequence = new ArrayList<>();
    List<Section> firsts = new ArrayList<>();
    for (Part part : Part.values()) {
      if (part.isRequired()) {
        PartStatuses.of(findings, part).getFirstSection().ifPresent(firsts::add);
      }
    }
    for (ReportIndex.Entry entry : findings.shared(ReportIndex.class, ReportIndex::of).entries()) {
      Section section = entry.section();
      for (int i = 0; i < firsts.size(); i++) {
        if (firsts.get(i) == section) {
          sequence.add(section);
          firsts.set(i, null);
        }
      }
    }
    Part latest = null;
    for (Section section : sequence) {
      Part part = section.getPart().get();
      if (latest != null && part.ordinal() < latest.ordinal()) {
        findings.finding().section(section).part(part)
            .argument("partName", RuleCatalog.partName(part, findings.getLocale()))
            .argument("afterName", RuleCatalog.partName(latest, findings.getLocale()))
            .expected(part.name() + " < " + latest.name())
            .actual(latest.name() + " < " + part.name()).add();
      } else {
        latest = part;
      }
    }
  }
}
