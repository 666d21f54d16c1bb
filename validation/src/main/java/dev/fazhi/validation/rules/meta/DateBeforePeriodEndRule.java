package dev.fazhi.validation.rules.meta;

import dev.fazhi.core.model.Report;
import java.time.LocalDate;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/**
 * meta.date-before-period-end: the signing or publication date falls on or before 31 December of the
 * reporting year: the report was dated before the year it reports on had ended. Skips without a
 * reporting year. Immutable and thread-safe.
 */
public final class DateBeforePeriodEndRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("meta.date-before-period-end", Severity.ERROR, RuleSource.ARITH);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    if (report.getReportingYear().isEmpty()) {
      return;
    }
    int year = report.getReportingYear().getAsInt();
    LocalDate periodEnd = LocalDate.of(year, 12, 31);
    report.getSignedOn().filter(d -> !d.isAfter(periodEnd)).ifPresent(date ->
        DateLine.place(findings.finding("signed"), findings, date, report.getSignedOnLocation())
            .argument("date", date.toString()).argument("year", year)
            .expected("> " + periodEnd).actual(date.toString()).add());
    report.getPublishedOn().filter(d -> !d.isAfter(periodEnd)).ifPresent(date ->
        DateLine.place(findings.finding("published"), findings, date,
            report.getPublishedOnLocation())
            .argument("date", date.toString()).argument("year", year)
            .expected("> " + periodEnd).actual(date.toString()).add());
  }
}
