package dev.fazhi.validation.rules.text;

import dev.fazhi.core.model.ReportResidue;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/**
 * text.comments-left: the file still holds reviewers' comments. One finding for the report as a whole,
 * quoting the first comment and counting them. From the report's {@link ReportResidue}. Immutable and
 * thread-safe.
 */
public final class CommentsLeftRule extends ResidueRule {


  /** Creates the rule. */
  public CommentsLeftRule() {
    super(RuleDescriptor.of("text.comments-left", Severity.WARNING, RuleSource.EDIT));
  }

  @Override
  void check(ReportResidue residue, FindingSink findings) {
    if (residue.getComments() == 0) {
      return;
    }
    String first = residue.getFirstComment().map(TextQuotes::shorten).orElse("");
    findings.finding().argument("count", residue.getComments()).argument("first", first)
        .argument("author", residue.getFirstCommentAuthor().orElse("")).quote(first).add();
  }
}
