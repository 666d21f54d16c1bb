package dev.fazhi.validation.rules;

import static dev.fazhi.validation.internal.CatalogEntry.DATES_DISAGREE;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.ReportMetadata;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.internal.PathStep;
import dev.fazhi.validation.internal.Reporter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * meta.dates-disagree: the page's or file's own metadata contradicts the dates the report gives. Three
 * checks, each at most one finding: the metadata's 成文日期 against the report's signing date, its
 * 发布日期 against the report's publication date, and a file last modified after the report was
 * published (the published text is then not the file's).
 *
 * <p>A date the report took from its metadata (no date line in the body) agrees with it by
 * construction; only a date the report states itself can disagree. The finding stands at the report's
 * own date, quoting its line.
 */
final class DatesDisagreeRule implements RuleGroup {

  @Override
  public void check(Reporter reporter) {
    if (!reporter.enabled(DATES_DISAGREE)) {
      return;
    }
    Report report = reporter.report();
    Optional<ReportMetadata> metadata = report.getMetadata();
    if (metadata.isEmpty()) {
      return;
    }
    ReportMetadata m = metadata.get();
    compare(reporter, "signed", "signedOn", m.getSignedOn(), report.getSignedOn(),
        report.getSignedOnLocation());
    compare(reporter, "published", "publishedOn", m.getPublishedOn(), report.getPublishedOn(),
        report.getPublishedOnLocation());
    Optional<LocalDate> published = report.getPublishedOn().or(m::getPublishedOn);
    if (m.getModifiedOn().isPresent() && published.isPresent()
        && m.getModifiedOn().get().isAfter(published.get())) {
      Reporter.Draft draft = reporter.draft(DATES_DISAGREE, "modified")
          .path(List.of(PathStep.property("metadata"), PathStep.property("modifiedOn")))
          .argument("modified", m.getModifiedOn().get().toString())
          .argument("published", published.get().toString())
          .expected("≤ " + published.get()).actual(m.getModifiedOn().get().toString());
      report.getPublishedOnLocation().ifPresent(at -> locate(reporter, draft, at));
      draft.add();
    }
  }

  private static void compare(Reporter reporter, String variant, String property,
      Optional<LocalDate> metadata, Optional<LocalDate> own, Optional<SourceLocation> location) {
    if (metadata.isEmpty() || own.isEmpty() || metadata.get().equals(own.get())) {
      return;
    }
    Reporter.Draft draft = reporter.draft(DATES_DISAGREE, variant)
        .path(List.of(PathStep.property(property)))
        .argument("metadata", metadata.get().toString()).argument("report", own.get().toString())
        .expected(metadata.get().toString()).actual(own.get().toString());
    location.ifPresent(at -> locate(reporter, draft, at));
    draft.add();
  }

  private static void locate(Reporter reporter, Reporter.Draft draft, SourceLocation at) {
    draft.location(at);
    reporter.index().quoteLine(at.getOffset()).ifPresent(draft::quote);
  }
}
