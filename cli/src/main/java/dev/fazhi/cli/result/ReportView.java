package dev.fazhi.cli.result;

import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.PartStatus;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.corpus.RelatedPlace;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the html pages and the workbook show of one checked report: the dashboard's columns, worked
 * out once from the checked outcome (nothing is validated again). Small: the dashboard keeps one per
 * report, never the reports themselves.
 *
 * @param source the file as named, with forward slashes
 * @param issuer the issuer's name, or null
 * @param year the reporting year, or null
 * @param format the file's format: text, html, docx, pdf or json
 * @param signedOn the signing date, or null
 * @param publishedOn the publication date, or null
 * @param deadline the publication deadline for the reporting year, or null without a year
 * @param daysFromDeadline days from the deadline to the publication date (else the signing date):
 *     negative when early, positive when late, null when there is no date or year to tell
 * @param parts the five parts, in the regulation's order
 * @param counts findings by severity
 * @param rules findings by rule id
 * @param duplicateOf the file that holds the same report ({@code corpus.duplicate-report}), or null
 * @param reusedShare the percentage of the report's text that repeats other reports
 *     ({@code corpus.reused-text}), or null when none does or the corpus checks did not run
 */
public record ReportView(String source, String issuer, Integer year, String format, LocalDate signedOn,
    LocalDate publishedOn, LocalDate deadline, Integer daysFromDeadline, List<PartStatus> parts,
    Map<Severity, Integer> counts, Map<String, Integer> rules, String duplicateOf, Integer reusedShare) {

  /** The rule of the corpus checks that finds the same report twice. */
  public static final String DUPLICATE_RULE = "corpus.duplicate-report";

  /** The rule of the corpus checks that finds reused passages; its findings give the share reused. */
  public static final String REUSED_RULE = "corpus.reused-text";

  /**
   * The view of a checked report.
   *
   * @param checked the report and its findings
   * @param deadline the publication deadline in the year after the reporting year
   * @return the view
   */
  public static ReportView of(CheckedResult checked, MonthDay deadline) {
    Report report = checked.report();
    Integer year = report.getReportingYear().isPresent() ? report.getReportingYear().getAsInt() : null;
    LocalDate signed = report.getSignedOn().orElse(null);
    LocalDate published = report.getPublishedOn().orElse(null);
    LocalDate due = year == null ? null : deadline.atYear(year + 1);
    LocalDate dated = published != null ? published : signed;
    Integer offset = due == null || dated == null ? null : (int) ChronoUnit.DAYS.between(due, dated);
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    Map<String, Integer> rules = new java.util.TreeMap<>();
    String duplicateOf = null;
    Integer reused = null;
    for (Finding finding : checked.findings()) {
      counts.merge(finding.getSeverity(), 1, Integer::sum);
      rules.merge(finding.getRule(), 1, Integer::sum);
      if (duplicateOf == null && DUPLICATE_RULE.equals(finding.getRule())) {
        duplicateOf = RelatedPlace.of(finding).map(RelatedPlace::source).orElse(null);
      } else if (REUSED_RULE.equals(finding.getRule())) {
        Integer share = share(finding);
        if (share != null && (reused == null || share > reused)) {
          reused = share;
        }
      }
    }
    return new ReportView(checked.source(), report.getIssuer().map(Issuer::getName).orElse(null),
        year, checked.format(), signed, published, due, offset, List.copyOf(report.partStatuses().values()),
        Map.copyOf(counts), Map.copyOf(rules), duplicateOf, reused);
  }

  /** The share of the report that is reused, as a reused-text finding gives it (its {@code share}). */
  private static Integer share(Finding finding) {
    Object share = finding.getArguments().get("share");
    if (share instanceof Number number) {
      return number.intValue();
    }
    try {
      return share == null ? null : Integer.valueOf(share.toString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Days late: how far after the deadline the report was published (or signed).
   *
   * @return the days, 0 when on time, null when unknown
   */
  public Integer daysLate() {
    return daysFromDeadline == null ? null : Math.max(0, daysFromDeadline);
  }

  /**
   * How many findings of a severity the report has.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    return counts.getOrDefault(severity, 0);
  }

  /**
   * The mark of a part: ✓ a section of its own, ~ inside another part, ✗ missing (– for the optional
   * fifth part).
   *
   * @param presence the part's presence
   * @return the mark
   */
  public static String mark(PartStatus presence) {
    if (presence.hasSection()) {
      return "✓";
    }
    if (presence.isEmbedded()) {
      return "~";
    }
    return presence.getPart().isRequired() ? "✗" : "–";
  }
}
