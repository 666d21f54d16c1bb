package dev.fazhi.validation.json;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ValidationResult;
import java.util.List;
import java.util.Objects;

/**
 * One element of {@code reports} in the findings JSON: where a report came from, the report (its
 * issuer, year, dates, parts and metrics are written from it), its findings, and the page each line
 * stands on where the format has pages (each finding's {@code page}).
 *
 * @param source where the report came from, such as a file path or a request URI
 * @param report the report
 * @param format what the report was read as ({@code text}, {@code html}, {@code docx}, {@code pdf},
 *     {@code json}), or null when the caller does not say
 * @param findings the findings in the order they are written (as {@link ValidationResult} sorts them)
 * @param pages the page of each line of the report's text, {@link LinePages#none()} where the format
 *     has no pages (then every finding's {@code page} is null)
 */
public record CheckedReport(String source, Report report, String format, List<Finding> findings,
    LinePages pages) {

  /**
   * Checks and copies the components.
   *
   * @param source where the report came from
   * @param report the report
   * @param format what it was read as, or null
   * @param findings the findings
   * @param pages the page of each line, or {@link LinePages#none()}
   */
  public CheckedReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(pages, "pages");
    findings = List.copyOf(findings);
  }

  /**
   * A report of a format without pages, with its findings.
   *
   * @param source where the report came from
   * @param report the report
   * @param format what it was read as, or null
   * @param findings the findings
   */
  public CheckedReport(String source, Report report, String format, List<Finding> findings) {
    this(source, report, format, findings, LinePages.none());
  }

  /**
   * A report of no stated format with its findings.
   *
   * @param source where the report came from
   * @param report the report
   * @param findings the findings
   */
  public CheckedReport(String source, Report report, List<Finding> findings) {
    this(source, report, null, findings);
  }

  /**
   * A report read as {@code format} with the findings of one validation.
   *
   * @param source where the report came from
   * @param report the report
   * @param format what it was read as ({@code text}, {@code html}, {@code docx}, {@code pdf},
   *     {@code json}), or null
   * @param result what validating it found
   * @return the checked report
   */
  public static CheckedReport of(String source, Report report, String format, ValidationResult result) {
    return new CheckedReport(source, report, format, result.getFindings());
  }

  /**
   * The same report with the pages of its lines, for a format that has pages.
   *
   * @param lines the page of each line of the report's text
   * @return the checked report with those pages
   */
  public CheckedReport withPages(LinePages lines) {
    return new CheckedReport(source, report, format, findings, lines);
  }

  /**
   * A report of no stated format with the findings of one validation.
   *
   * @param source where the report came from
   * @param report the report
   * @param result what validating it found
   * @return the checked report
   */
  public static CheckedReport of(String source, Report report, ValidationResult result) {
    return new CheckedReport(source, report, result.getFindings());
  }
}
