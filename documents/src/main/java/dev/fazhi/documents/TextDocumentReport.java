package dev.fazhi.documents;

import dev.fazhi.core.model.Report;

/**
 * A report read from a plain text, whose document (the text's lines, each its own origin) is made on
 * first use: most callers want only the report, and a plain text's document adds nothing to its text.
 * Equal to any {@link DocumentReport} of an equal report and document, with the same hash code as
 * {@link ImmutableDocumentReport}. Thread-safe: two threads asking at once may each split the lines,
 * and either's equal document is kept.
 */
final class TextDocumentReport implements DocumentReport {

  private final Report report;
  private final String text;
  private final String source;
  private volatile Document document;

  TextDocumentReport(Report report, String text, String source) {
    this.report = report;
    this.text = text;
    this.source = source;
  }

  @Override
  public Report getReport() {
    return report;
  }

  @Override
  public Document getDocument() {
    Document d = document;
    if (d == null) {
      d = PlainText.document(text, source);
      document = d;
    }
    return d;
  }

  @Override
  public DocumentFormat getFormat() {
    return DocumentFormat.TEXT;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof DocumentReport that && report.equals(that.getReport())
        && getDocument().equals(that.getDocument());
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + report.hashCode();
    h += (h << 5) + getDocument().hashCode();
    return h;
  }

  @Override
  public String toString() {
    return "DocumentReport{report=" + report + ", document=" + getDocument() + "}";
  }
}
