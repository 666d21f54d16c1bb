package dev.fazhi.validation.rules.outline;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.internal.ReportIndex;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/**
 * outline.part-empty: a part's heading stands with nothing under it (no child section, only blank
 * paragraphs). Immutable and thread-safe.
 */
public final class PartEmptyRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("outline.part-empty", Severity.ERROR, RuleSource.REG);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    for (ReportIndex.Entry entry : findings.shared(ReportIndex.class, ReportIndex::of).entries()) {
      Section section = entry.section();
      if (section.getPart().isPresent() && isBlank(section)) {
        findings.finding().section(section).part(section.getPart().get())
            .argument("heading", ReportIndex.heading(section))
            .add();
      }
    }
  }

  private static boolean isBlank(Section section) {
    if (!section.getSections().isEmpty()) {
      return false;
    }
    return section.getParagraphs().stream().allMatch(p -> ReportIndex.strip(p.getText()).isEmpty());
  }
}
