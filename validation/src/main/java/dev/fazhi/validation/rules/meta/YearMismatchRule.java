package dev.fazhi.validation.rules.meta;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import java.util.List;
import java.util.Optional;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.internal.ReportIndex;

/**
 * meta.year-mismatch: the title or a part's heading names a year that contradicts the reporting year:
 * the measures, shortcomings or principal-responsibility part another year, the next-year plan a year
 * other than reporting year + 1 ({@link Years}: ranges such as 2021-2025年 are not years). One finding
 * per heading, at its first wrong year. Skips without a reporting year. Immutable and thread-safe.
 */
public final class YearMismatchRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("meta.year-mismatch", Severity.ERROR, RuleSource.ARITH);

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
    String title = report.getTitle().orElse("");
    List<Integer> titleYears = Years.in(title);
    if (!titleYears.isEmpty() && !titleYears.contains(year)) {
      findings.finding("title").quote(ReportIndex.shorten(title))
          .argument("heading", title)
          .argument("year", titleYears.get(0)).argument("expectedYear", year)
          .expected(Integer.toString(year)).actual(Integer.toString(titleYears.get(0))).add();
    }
    ReportIndex index = findings.shared(ReportIndex.class, ReportIndex::of);
    for (ReportIndex.Entry entry : index.entries()) {
      Optional<Part> part = entry.section().getPart();
      if (part.isEmpty() || part.get() == Part.OTHER_MATTERS) {
        continue;
      }
      int expected = part.get() == Part.NEXT_YEAR_PLAN ? year + 1 : year;
      for (int named : Years.in(entry.section().getHeading().getText())) {
        if (named != expected) {
          findings.finding().section(entry.section()).part(part.get())
              .argument("heading",
                  ReportIndex.heading(entry.section()))
              .argument("year", named).argument("expectedYear", expected)
              .expected(Integer.toString(expected)).actual(Integer.toString(named)).add();
          break;
        }
      }
    }
  }
}
