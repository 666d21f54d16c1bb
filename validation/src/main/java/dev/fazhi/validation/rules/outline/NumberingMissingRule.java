package dev.fazhi.validation.rules.outline;

import java.util.List;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.internal.ReportIndex;

/**
 * outline.numbering-missing: among sibling headings some are numbered and some are not; each heading
 * without a number is reported. Fed by {@link SiblingHeadings}. Immutable and thread-safe.
 */
public final class NumberingMissingRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("outline.numbering-missing", Severity.WARNING, RuleSource.GB);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    for (List<ReportIndex.Entry> group : SiblingHeadings.of(findings).groups()) {
      boolean anyNumbered = group.stream()
          .anyMatch(e -> SiblingHeadings.numbered(e.section().getHeading()));
      if (!anyNumbered) {
        continue;
      }
      for (ReportIndex.Entry entry : group) {
        if (!SiblingHeadings.numbered(entry.section().getHeading())) {
          SiblingHeadings.draft(findings, entry)
              .argument("heading", ReportIndex.heading(entry.section())).add();
        }
      }
    }
  }
}
