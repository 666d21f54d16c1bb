package dev.fazhi.documents;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One line of a document's text (a paragraph, a table cell, a PDF text line), with its place in the
 * original and what only the format knows about it.
 */
@Value.Immutable
public interface DocumentLine {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableDocumentLine.Builder builder() {
    return ImmutableDocumentLine.builder();
  }

  /**
   * Obtains a line with text and origin only.
   *
   * @param text the text, without line breaks
   * @param origin its place in the original
   * @return the line
   */
  static DocumentLine of(String text, Origin origin) {
    return builder().text(text).origin(origin).build();
  }

  /**
   * The line's text as a reader sees it, with a Word paragraph's automatic label in front.
   *
   * @return the text, without line breaks
   */
  String getText();

  /**
   * Where the line comes from.
   *
   * @return the origin
   */
  Origin getOrigin();

  /**
   * The heading level (1 for the top) a Word file gives the paragraph through a heading style or an
   * outline level; empty for body text and in other formats.
   *
   * @return the level
   */
  OptionalInt getHeadingLevel();

  /**
   * The label Word's automatic numbering renders for the paragraph, as Word shows it ({@code 一、},
   * {@code （二）}, {@code 1.}); empty when the paragraph is not numbered automatically.
   *
   * @return the rendered label
   */
  Optional<String> getNumberingLabel();

  /**
   * Where the line's label comes from.
   *
   * @return automatic, typed by hand, both, or none
   */
  @Value.Default
  default LabelSource getLabelSource() {
    return LabelSource.NONE;
  }
}
