package dev.fazhi.validation.rules;

import static dev.fazhi.validation.internal.CatalogEntry.DATE_BEFORE_PERIOD_END;
import static dev.fazhi.validation.internal.CatalogEntry.DATE_MISSING;
import static dev.fazhi.validation.internal.CatalogEntry.ISSUER_MISSING;
import static dev.fazhi.validation.internal.CatalogEntry.PUBLICATION_LATE;
import static dev.fazhi.validation.internal.CatalogEntry.PUBLISHED_BEFORE_SIGNED;
import static dev.fazhi.validation.internal.CatalogEntry.TITLE_NONSTANDARD;
import static dev.fazhi.validation.internal.CatalogEntry.YEAR_MISMATCH;
import static dev.fazhi.validation.internal.CatalogEntry.YEAR_MISSING;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.internal.PathStep;
import dev.fazhi.validation.internal.ReportIndex;
import dev.fazhi.validation.internal.Reporter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The meta rules: issuer, reporting year, dates and title. Rules that need the reporting year skip
 * when it is unknown (meta.year-missing reports that instead).
 */
final class MetaRules implements RuleGroup {

  private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

  @Override
  public void check(Reporter reporter) {
    Report report = reporter.report();
    if (report.getIssuer().map(i -> ReportIndex.strip(i.getName()).isEmpty()).orElse(true)) {
      reporter.draft(ISSUER_MISSING, null).path(List.of(PathStep.property("issuer"))).add();
    }
    if (report.getSignedOn().isEmpty()) {
      reporter.draft(DATE_MISSING, null).path(List.of(PathStep.property("signedOn"))).add();
    }
    report.getSignedOn().ifPresent(signed -> report.getPublishedOn().ifPresent(published -> {
      if (published.isBefore(signed)) {
        dated(reporter.draft(PUBLISHED_BEFORE_SIGNED, null), reporter, "publishedOn", published,
            report.getPublishedOnLocation()).argument("published", published.toString())
            .argument("signed", signed.toString()).expected("≥ " + signed).actual(published.toString())
            .add();
      }
    }));
    if (report.getReportingYear().isEmpty()) {
      reporter.draft(YEAR_MISSING, null).path(List.of(PathStep.property("reportingYear"))).add();
    } else {
      int year = report.getReportingYear().getAsInt();
      checkPeriodEnd(reporter, year);
      checkDeadline(reporter, year);
      checkYearMismatch(reporter, year);
    }
    checkTitle(reporter);
  }

  /**
   * Places a date finding at the date: its location and the text there, or the date written out when
   * the report carries no source text. A date line stands outside the sections, so no heading path.
   */
  private static Reporter.Draft dated(Reporter.Draft draft, Reporter reporter, String property,
      LocalDate date, Optional<SourceLocation> location) {
    draft.path(List.of(PathStep.property(property)));
    location.ifPresent(draft::location);
    Optional<String> quote = location.flatMap(at -> reporter.index().quoteLine(at.getOffset()));
    draft.quote(quote.orElse(CHINESE_DATE.format(date)));
    return draft;
  }

  private static void checkPeriodEnd(Reporter reporter, int year) {
    Report report = reporter.report();
    LocalDate periodEnd = LocalDate.of(year, 12, 31);
    report.getSignedOn().filter(d -> !d.isAfter(periodEnd)).ifPresent(date ->
        dated(reporter.draft(DATE_BEFORE_PERIOD_END, "signed"), reporter, "signedOn", date,
            report.getSignedOnLocation()).argument("date", date.toString()).argument("year", year)
            .expected("> " + periodEnd).actual(date.toString()).add());
    report.getPublishedOn().filter(d -> !d.isAfter(periodEnd)).ifPresent(date ->
        dated(reporter.draft(DATE_BEFORE_PERIOD_END, "published"), reporter, "publishedOn", date,
            report.getPublishedOnLocation()).argument("date", date.toString()).argument("year", year)
            .expected("> " + periodEnd).actual(date.toString()).add());
  }

  private static void checkDeadline(Reporter reporter, int year) {
    Report report = reporter.report();
    LocalDate deadline = reporter.profile().getDeadline().atYear(year + 1);
    boolean published = report.getPublishedOn().isPresent();
    Optional<LocalDate> date = published ? report.getPublishedOn() : report.getSignedOn();
    if (date.isEmpty() || !date.get().isAfter(deadline)) {
      return;
    }
    dated(reporter.draft(PUBLICATION_LATE, published ? "published" : "signed"), reporter,
        published ? "publishedOn" : "signedOn", date.get(),
        published ? report.getPublishedOnLocation() : report.getSignedOnLocation())
        .argument("date", date.get().toString()).argument("deadline", deadline.toString())
        .expected("≤ " + deadline).actual(date.get().toString()).add();
  }

  private static void checkYearMismatch(Reporter reporter, int year) {
    Report report = reporter.report();
    String title = report.getTitle().orElse("");
    List<Integer> titleYears = Years.in(title);
    if (!titleYears.isEmpty() && !titleYears.contains(year)) {
      reporter.draft(YEAR_MISMATCH, "title").path(List.of(PathStep.property("title")))
          .quote(ReportIndex.shorten(title)).argument("heading", title)
          .argument("year", titleYears.get(0)).argument("expectedYear", year)
          .expected(Integer.toString(year)).actual(Integer.toString(titleYears.get(0))).add();
    }
    for (ReportIndex.Entry entry : reporter.index().entries()) {
      Optional<Part> part = entry.section().getPart();
      if (part.isEmpty() || part.get() == Part.OTHER_MATTERS) {
        continue;
      }
      int expected = part.get() == Part.NEXT_YEAR_PLAN ? year + 1 : year;
      for (int named : Years.in(entry.section().getHeading().getText())) {
        if (named != expected) {
          reporter.draft(YEAR_MISMATCH, null).section(entry.section()).part(part.get())
              .argument("heading", ReportIndex.shorten(entry.section().getHeading().fullText().strip()))
              .argument("year", named).argument("expectedYear", expected)
              .expected(Integer.toString(expected)).actual(Integer.toString(named)).add();
          break;
        }
      }
    }
  }

  private static void checkTitle(Reporter reporter) {
    // A report published without a title line has no title to word well or badly.
    if (reporter.report().getTitle().isEmpty()) {
      return;
    }
    String title = reporter.report().getTitle().get();
    String compact = compact(title);
    boolean names = compact.contains("法治政府建设") && compact.contains("报告")
        && !Years.in(compact).isEmpty();
    if (!names) {
      reporter.draft(TITLE_NONSTANDARD, null).path(List.of(PathStep.property("title")))
          .quote(ReportIndex.shorten(ReportIndex.strip(title))).argument("title", title).add();
    }
  }

  /** The text without blanks of any kind, so that a title broken across lines still reads whole. */
  private static String compact(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
