package dev.fazhi.documents;

import dev.fazhi.core.model.Report;
import java.util.Objects;

/**
 * A report read from a plain text, whose document (the text's lines, each its own origin) is made on
 * first use: most callers want only the report, and a plain text's document adds nothing to its text.
 * Equal, as an Immutables value is equal only to its own kind, to another of this kind with an equal
 * report, text and source (its document follows from the text and source, so equality never needs
 * the lines). Thread-safe: two threads asking at once may each split the lines, and either's equal
 * document is kept.
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
    return this == other || other instanceof TextDocumentReport that && report.equals(that.report)
        && text.equals(that.text) && Objects.equals(source, that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(report, text, source);
  }

  @Override
  public String toString() {
    return "DocumentReport{report=" + report + ", document=" + getDocument() + "}";
  }
}
