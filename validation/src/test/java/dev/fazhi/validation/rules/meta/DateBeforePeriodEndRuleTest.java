package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.RuleTesting.findings;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** meta.date-before-period-end: trigger, near miss, traps. */
class DateBeforePeriodEndRuleTest {

  private static final String RULE = "meta.date-before-period-end";

  @Test
  void signedOnTheLastDayOfTheYearReportedOn() {
    Finding finding = only(clean().withSignedOn(LocalDate.of(2023, 12, 31))
        .withSignedOnLocation(SourceLocation.of(40, 30, 5000)), RULE);
    assertThat(finding.getMessage())
        .isEqualTo("成文日期2023-12-31不晚于报告年度2023年12月31日，报告所述年度尚未结束");
    assertThat(finding.getLocation()).contains(SourceLocation.of(40, 30, 5000));
    assertThat(finding.getQuote().orElseThrow()).contains("2023年12月31日");
    assertThat(finding.getSection()).isEmpty();
  }

  @Test
  void nearMissSignedOnTheFirstDayOfTheNextYear() {
    none(clean().withSignedOn(LocalDate.of(2024, 1, 1)).withPublishedOn(LocalDate.of(2024, 1, 1)),
        RULE);
  }

  @Test
  void trapsEachDateOnceTheYearUnknownAndOnlyAPublicationDate() {
    // with no signing date, an early publication date is still found
    only(clean().withPublishedOn(LocalDate.of(2023, 6, 1)).withSignedOn((LocalDate) null), RULE);
    // both dates too early: one finding each
    assertThat(findings(clean().withSignedOn(LocalDate.of(2023, 11, 1))
        .withPublishedOn(LocalDate.of(2023, 11, 2)), RULE)).hasSize(2);
    // no reporting year: no year to end, so nothing is said
    none(clean().withReportingYear(OptionalInt.empty()).withSignedOn(LocalDate.of(2023, 6, 1)), RULE);
  }
}
