package dev.fazhi.validation.rules.text;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.ReportResidue;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/**
 * text.comments-left: the file still holds reviewers' comments. One finding for the report as a whole,
 * quoting the first comment and counting them. From the report's {@link ReportResidue}. Immutable and
 * thread-safe.
 */
public final class CommentsLeftRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("text.comments-left", Severity.WARNING, RuleSource.EDIT);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    ReportResidue residue = report.getResidue().orElse(null);
    if (residue == null || residue.getComments() == 0) {
      return;
    }
    String first = residue.getFirstComment().map(TextQuotes::shorten).orElse("");
    findings.finding().argument("count", residue.getComments()).argument("first", first)
        .argument("author", residue.getFirstCommentAuthor().orElse("")).quote(first).add();
  }
}
