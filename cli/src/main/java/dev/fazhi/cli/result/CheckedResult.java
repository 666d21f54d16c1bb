package dev.fazhi.cli.result;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
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
 */
public record CheckedResult(String source, Report report, String format, List<Finding> findings) {

  /**
   * Checks the values and copies the findings.
   *
   * @param source the file
   * @param report the report
   * @param format the format
   * @param findings the findings
   */
  public CheckedResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(format, "format");
    findings = List.copyOf(findings);
  }
}
