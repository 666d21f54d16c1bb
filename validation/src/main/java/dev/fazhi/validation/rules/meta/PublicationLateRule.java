package dev.fazhi.validation.rules.meta;

import dev.fazhi.core.model.Report;
import java.time.LocalDate;
import java.util.Optional;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/**
 * meta.publication-late: the publication date, or failing that the signing date, is after the
 * deadline ({@link FindingSink#getDeadline()}, 1 April unless set otherwise) in the year after the
 * reporting year. Skips without a reporting year. Immutable and thread-safe.
 */
public final class PublicationLateRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("meta.publication-late", Severity.WARNING, RuleSource.REG);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    if (report.getReportingYear().isEmpty()) {
      return;
    }
    LocalDate deadline = findings.getDeadline().atYear(report.getReportingYear().getAsInt() + 1);
    boolean published = report.getPublishedOn().isPresent();
    Optional<LocalDate> date = published ? report.getPublishedOn() : report.getSignedOn();
    if (date.isEmpty() || !date.get().isAfter(deadline)) {
      return;
    }
    DateLine.place(findings.finding(published ? "published" : "signed"), findings, date.get(),
        published ? report.getPublishedOnLocation() : report.getSignedOnLocation())
        .argument("date", date.get().toString()).argument("deadline", deadline.toString())
        .expected("≤ " + deadline).actual(date.get().toString()).add();
  }
}
