package dev.fazhi.documents;

import dev.fazhi.core.model.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A document as read: the text the core reader reads, line by line, each line mapped back to the
 * original, with what only the format knows.
 *
 * <p>The {@linkplain #text() text} is the lines joined by {@code '\n'}: line {@code n} of the text (1-based,
 * as in a {@link SourceLocation}) is {@code getLines().get(n - 1)}.
 */
@Value.Immutable
public interface Document {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableDocument.Builder builder() {
    return ImmutableDocument.builder();
  }

  /**
   * The source name, such as a file name, as the caller gave it.
   *
   * @return the name
   */
  Optional<String> getSource();

  /**
   * The format it was read from.
   *
   * @return the format
   */
  DocumentFormat getFormat();

  /**
   * The lines, in reading order.
   *
   * @return the lines
   */
  List<DocumentLine> getLines();

  /**
   * What the document says about itself.
   *
   * @return the metadata
   */
  @Value.Default
  default DocumentMetadata getMetadata() {
    return DocumentMetadata.EMPTY;
  }

  /**
   * What the file should not carry or could not give.
   *
   * @return the residue
   */
  @Value.Default
  default Residue getResidue() {
    return Residue.NONE;
  }

  /**
   * The number of pages: a PDF's, or a Word file's at its last save (when the file records it).
   *
   * @return the pages
   */
  OptionalInt getPageCount();

  /**
   * The text the core reader reads: the lines joined by {@code '\n'}.
   *
   * @return the text
   */
  @Value.Lazy
  default String text() {
    List<DocumentLine> lines = getLines();
    int size = 0;
    for (DocumentLine line : lines) {
      size += line.getText().length() + 1;
    }
    StringBuilder out = new StringBuilder(size);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(lines.get(i).getText());
    }
    return out.toString();
  }

  /**
   * Where a 1-based line of the text comes from.
   *
   * @param line the line, as in a {@link SourceLocation}
   * @return the origin, or empty for a line outside the text
   */
  default Optional<Origin> origin(int line) {
    List<DocumentLine> lines = getLines();
    return line >= 1 && line <= lines.size() ? Optional.of(lines.get(line - 1).getOrigin())
        : Optional.empty();
  }

  /**
   * Where a location in the text comes from.
   *
   * @param location a location in {@link #text()}
   * @return the origin of its line
   */
  default Optional<Origin> origin(SourceLocation location) {
    return origin(location.getLine());
  }

  /**
   * The page a location stands on, where the format has pages.
   *
   * @param location a location in {@link #text()}
   * @return the 1-based page
   */
  default OptionalInt page(SourceLocation location) {
    return origin(location).map(Origin::getPage).orElse(OptionalInt.empty());
  }
}
