package dev.fazhi.documents;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** A change a Word file still tracks: an insertion, a deletion or a move not accepted or rejected. */
@Value.Immutable
public interface TrackedChange {

  /** The kinds of tracked change. */
  enum Kind {
    /** Text inserted ({@code w:ins}). */
    INSERTION,
    /** Text deleted ({@code w:del}). */
    DELETION,
    /** Text moved ({@code w:moveFrom} / {@code w:moveTo}). */
    MOVE,
    /** Formatting changed ({@code w:rPrChange}, {@code w:pPrChange}). */
    FORMATTING
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableTrackedChange.Builder builder() {
    return ImmutableTrackedChange.builder();
  }

  /**
   * The kind of change.
   *
   * @return the kind
   */
  Kind getKind();

  /**
   * Who made it.
   *
   * @return the author
   */
  Optional<String> getAuthor();

  /**
   * When it was made.
   *
   * @return the time
   */
  Optional<OffsetDateTime> getDate();

  /**
   * The text inserted, deleted or moved (empty for formatting).
   *
   * @return the text
   */
  String getText();

  /**
   * Where it stands.
   *
   * @return the origin
   */
  Origin getOrigin();
}
