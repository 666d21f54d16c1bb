package dev.fazhi.documents;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.SourceLocation;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A report read from a document, with the document it was read from, to place its findings there. */
@Value.Immutable
public interface DocumentReport {

  /**
   * Obtains one.
   *
   * @param report the report
   * @param document the document its text came from
   * @return the pair
   */
  static DocumentReport of(Report report, Document document) {
    return ImmutableDocumentReport.builder().report(report).document(document).build();
  }

  /**
   * The report, read by the core reader from {@link Document#text()}.
   *
   * @return the report
   */
  Report getReport();

  /**
   * The document.
   *
   * @return the document
   */
  Document getDocument();

  /**
   * The document's format, {@code getDocument().getFormat()}.
   *
   * @return the format
   */
  default DocumentFormat getFormat() {
    return getDocument().getFormat();
  }

  /**
   * Where a location in the report's text stands in the original.
   *
   * @param location a location the report or a finding gives
   * @return the origin
   */
  default Optional<Origin> origin(SourceLocation location) {
    return getDocument().origin(location);
  }

  /**
   * The page of a location, where the format has pages.
   *
   * @param location a location the report or a finding gives
   * @return the 1-based page
   */
  default OptionalInt page(SourceLocation location) {
    return getDocument().page(location);
  }
}
