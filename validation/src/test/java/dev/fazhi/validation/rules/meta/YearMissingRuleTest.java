package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.SampleReports.clean;

import dev.fazhi.core.model.ImmutableReport;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** meta.year-missing: when it fires, when it must not, and its traps. */
class YearMissingRuleTest {

  @Test
  void yearMissingMakesTheDateRulesSkip() {
    ImmutableReport noYear = clean().withReportingYear(java.util.OptionalInt.empty())
        .withSignedOn(LocalDate.of(2000, 1, 1)).withPublishedOn(LocalDate.of(2000, 1, 2));
    only(noYear, "meta.year-missing");
    none(noYear, "meta.date-before-period-end");
    none(noYear, "meta.publication-late");
    none(noYear, "meta.year-mismatch");
    none(clean(), "meta.year-missing");
  }
}
