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
 * outline.numbering-gap: sibling numbers skip or do not start at one ({@code （一）} {@code （二）}
 * {@code （四）}). Fed by {@link SiblingHeadings}. Immutable and thread-safe.
 */
public final class NumberingGapRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("outline.numbering-gap", Severity.WARNING, RuleSource.GB);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    for (SiblingHeadings.Break found : SiblingHeadings.of(findings).breaks()) {
      if (found.first() == null) {
        Heading heading = found.entry().section().getHeading();
        SiblingHeadings.draft(findings, found.entry())
            .argument("heading", ReportIndex.heading(found.entry().section()))
            .argument("expected", found.expected()).argument("actual", heading.getLabel())
            .expected(found.expected()).actual(heading.getLabel()).add();
      }
    }
  }
}
