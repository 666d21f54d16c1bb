package dev.fazhi.validation.rules.text;

import dev.fazhi.core.model.ReportResidue;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import java.time.format.DateTimeFormatter;

/**
 * text.tracked-changes: the file still holds tracked changes (insertions, deletions, moves, formatting
 * changes) that were neither accepted nor rejected; what a reader sees then depends on the viewer and its
 * settings. One finding for the report as a whole, naming the author and date of the first change and
 * counting them.
 *
 * <p>The text the other rules check is the text as published in the sense of what a reader sees when
 * the file is opened: Word's default view (Simple Markup) shows the document as if every change were
 * accepted, so insertions and moved-to text are in it and deletions and moved-from text are not. A
 * reader who prints with all markup sees more, which is why this rule tells the author to settle the
 * changes. The facts come from the report's format-neutral {@link ReportResidue}; a plain text has none.
 * Immutable and thread-safe.
 */
public final class TrackedChangesRule extends ResidueRule {


  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** Creates the rule. */
  public TrackedChangesRule() {
    super(RuleDescriptor.of("text.tracked-changes", Severity.WARNING, RuleSource.EDIT));
  }

  @Override
  void check(ReportResidue residue, FindingSink findings) {
    if (residue.getTrackedChanges() == 0) {
      return;
    }
    StringBuilder first = new StringBuilder();
    residue.getFirstChangeAuthor().ifPresent(first::append);
    residue.getFirstChangeDate().ifPresent(d -> first.append(first.length() > 0 ? ", " : "").append(WHEN.format(d)));
    FindingSink.Draft draft = (first.length() > 0 ? findings.finding() : findings.finding("unattributed"))
        .argument("count", residue.getTrackedChanges()).argument("first", first.toString());
    residue.getFirstChangeText().ifPresent(t -> draft.quote(TextQuotes.shorten(t)));
    draft.add();
  }
}
