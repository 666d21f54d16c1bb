package dev.fazhi.documents;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** A reviewer's comment left in a Word file. */
@Value.Immutable
public interface ReviewComment {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableReviewComment.Builder builder() {
    return ImmutableReviewComment.builder();
  }

  /**
   * Who wrote it.
   *
   * @return the author
   */
  Optional<String> getAuthor();

  /**
   * When.
   *
   * @return the time
   */
  Optional<OffsetDateTime> getDate();

  /**
   * What it says.
   *
   * @return the text
   */
  String getText();
}
