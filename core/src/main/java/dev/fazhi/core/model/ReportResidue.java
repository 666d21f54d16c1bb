package dev.fazhi.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the file a report was published in still carries, or could not give, beside the text: tracked
 * changes, reviewers' comments and hidden text left in a Word file, pages of a PDF whose text could not
 * be turned into characters. Format-neutral facts, so that rules can check them without knowing files;
 * a reader of documents fills them in (a plain text has none).
 *
 * <p>Counts are what the file holds; the "first" fields describe the first of each, in document order,
 * for a finding to quote.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportResidue.class)
@JsonDeserialize(as = ImmutableReportResidue.class)
public interface ReportResidue {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableReportResidue.Builder builder() {
    return ImmutableReportResidue.builder();
  }

  /**
   * Tracked changes (insertions, deletions, moves, formatting changes) neither accepted nor rejected.
   *
   * @return the count
   */
  @Value.Default
  default int getTrackedChanges() {
    return 0;
  }

  /**
   * Who made the first tracked change.
   *
   * @return the author
   */
  Optional<String> getFirstChangeAuthor();

  /**
   * When the first tracked change was made, as the file records it.
   *
   * @return the time
   */
  Optional<LocalDateTime> getFirstChangeDate();

  /**
   * The text the first tracked change inserted, deleted or moved.
   *
   * @return the text
   */
  Optional<String> getFirstChangeText();

  /**
   * Reviewers' comments left in the file.
   *
   * @return the count
   */
  @Value.Default
  default int getComments() {
    return 0;
  }

  /**
   * The first comment's text.
   *
   * @return the text
   */
  Optional<String> getFirstComment();

  /**
   * The first comment's author.
   *
   * @return the author
   */
  Optional<String> getFirstCommentAuthor();

  /**
   * Runs of hidden text (text the file holds but a printed copy does not show).
   *
   * @return the count
   */
  @Value.Default
  default int getHiddenTexts() {
    return 0;
  }

  /**
   * The first hidden text.
   *
   * @return the text
   */
  Optional<String> getFirstHiddenText();

  /**
   * The 1-based pages of which some text could not be turned into characters.
   *
   * @return the pages, ascending
   */
  List<Integer> getUnreadablePages();

  /**
   * The glyphs the file shows on all its pages (a PDF); 0 when not counted.
   *
   * @return the count
   */
  @Value.Default
  default long getGlyphs() {
    return 0;
  }

  /**
   * The glyphs that could not be turned into characters.
   *
   * @return the count
   */
  @Value.Default
  default long getUnreadableGlyphs() {
    return 0;
  }

  /**
   * Whether the file carries nothing of the kind.
   *
   * @return true when there is no residue
   */
  @JsonIgnore
  default boolean isEmpty() {
    return getTrackedChanges() == 0 && getComments() == 0 && getHiddenTexts() == 0
        && getUnreadablePages().isEmpty();
  }
}
