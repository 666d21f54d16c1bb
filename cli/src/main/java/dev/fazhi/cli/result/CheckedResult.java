package dev.fazhi.cli.result;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.json.LinePages;
import java.util.List;
import java.util.Objects;

/**
 * A report that was read and validated, as the html pages and the workbook see it: what the command
 * hands them of its outcome, and nothing of how it got there.
 *
 * @param source the file as the user named it, with forward slashes
 * @param report the report
 * @param format what the file was read as, told by its content: {@code text}, {@code html},
 *     {@code docx}, {@code pdf} or {@code json}
 * @param findings the findings, in the order the validator sorted them
 * @param pages the page of each line of the report's text (a PDF's, a Word file's at its last save),
 *     {@link LinePages#none()} for the formats without pages
 */
public record CheckedResult(String source, Report report, String format, List<Finding> findings,
    LinePages pages) {

  /**
   * Checks the values and copies the findings.
   *
   * @param source the file
   * @param report the report
   * @param format the format
   * @param findings the findings
   * @param pages the page of each line
   */
  public CheckedResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(pages, "pages");
    findings = List.copyOf(findings);
  }
}
