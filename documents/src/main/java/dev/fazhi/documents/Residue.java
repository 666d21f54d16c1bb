package dev.fazhi.documents;

import java.util.List;
import org.immutables.value.Value;

/**
 * What a published file should not carry, or could not give: tracked changes, comments and hidden text
 * left in a Word file; PDF pages whose text could not be turned into characters.
 */
@Value.Immutable
public interface Residue {

  /** No residue. */
  Residue NONE = builder().build();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableResidue.Builder builder() {
    return ImmutableResidue.builder();
  }

  /**
   * Tracked changes not accepted or rejected, in document order.
   *
   * @return the changes
   */
  List<TrackedChange> getTrackedChanges();

  /**
   * Reviewers' comments, in the order the file keeps them.
   *
   * @return the comments
   */
  List<ReviewComment> getComments();

  /**
   * Hidden text, in document order.
   *
   * @return the hidden runs, one entry per paragraph
   */
  List<HiddenText> getHiddenText();

  /**
   * A PDF's glyph counts for every page (empty for other formats).
   *
   * @return the pages, in order
   */
  List<PageGlyphs> getPages();

  /**
   * The PDF pages of which some text was lost.
   *
   * @return the pages
   */
  default List<PageGlyphs> unreadablePages() {
    return getPages().stream().filter(PageGlyphs::isUnreadable).toList();
  }

  /**
   * Whether there is nothing to report.
   *
   * @return true if there are no changes, comments, hidden text nor unreadable pages
   */
  default boolean isClean() {
    return getTrackedChanges().isEmpty() && getComments().isEmpty() && getHiddenText().isEmpty()
        && unreadablePages().isEmpty();
  }
}
