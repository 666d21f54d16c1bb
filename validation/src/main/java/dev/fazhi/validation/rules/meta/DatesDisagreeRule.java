package dev.fazhi.validation.rules.meta;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.ReportMetadata;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * meta.dates-disagree: the page's or file's own metadata contradicts the dates the report gives. Three
 * checks, each at most one finding: the metadata's 成文日期 against the report's signing date, its
 * 发布日期 against the report's publication date, and a file last modified after the report was
 * published (the published text is then not the file's).
 *
 * <p>A date the reader took from the metadata (no date line in the body) agrees with it by
 * construction; only a date the report states itself can disagree. The finding stands at the report's
 * own date, quoting its line. Immutable and thread-safe.
 */
public final class DatesDisagreeRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("meta.dates-disagree", Severity.WARNING, RuleSource.ARITH);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    if (report.getMetadata().isEmpty()) {
      return;
    }
    ReportMetadata m = report.getMetadata().get();
    compare(findings, "signed", m.getSignedOn(), report.getSignedOn(), report.getSignedOnLocation());
    compare(findings, "published", m.getPublishedOn(), report.getPublishedOn(),
        report.getPublishedOnLocation());
    Optional<LocalDate> published = report.getPublishedOn().or(m::getPublishedOn);
    if (m.getModifiedOn().isPresent() && published.isPresent()
        && m.getModifiedOn().get().isAfter(published.get())) {
      DateLine.place(findings.finding("modified"), findings, published.get(), report.getPublishedOnLocation())
          .argument("modified", m.getModifiedOn().get().toString())
          .argument("published", published.get().toString())
          .expected("≤ " + published.get()).actual(m.getModifiedOn().get().toString()).add();
    }
  }

  private static void compare(FindingSink findings, String variant, Optional<LocalDate> metadata,
      Optional<LocalDate> own, Optional<SourceLocation> location) {
    if (metadata.isEmpty() || own.isEmpty() || metadata.get().equals(own.get())) {
      return;
    }
    DateLine.place(findings.finding(variant), findings, own.get(), location)
        .argument("metadata", metadata.get().toString()).argument("report", own.get().toString())
        .expected(metadata.get().toString()).actual(own.get().toString()).add();
  }
}
