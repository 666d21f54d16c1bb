package dev.fazhi.validation.rules.outline;

import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.internal.ReportIndex;

/**
 * outline.numbering-duplicate: two sibling headings carry the same number ({@code 六、存在的不足} …
 * {@code 六、下一步打算}); reported at the second. Fed by {@link SiblingHeadings}. Immutable and
 * thread-safe.
 */
public final class NumberingDuplicateRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("outline.numbering-duplicate", Severity.ERROR, RuleSource.GB);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    for (SiblingHeadings.Break found : SiblingHeadings.of(findings).breaks()) {
      ReportIndex.Entry first = found.first();
      if (first != null) {
        Heading heading = found.entry().section().getHeading();
        SiblingHeadings.draft(findings, found.entry())
            .argument("heading", ReportIndex.heading(found.entry().section()))
            .argument("first", ReportIndex.heading(first.section()))
            .argument("label", heading.getLabel()).actual(heading.getLabel())
            .expected(found.expected()).add();
      }
    }
  }
}
