package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** meta.date-before-period-end: when it fires, when it must not, and its traps. */
class DateBeforePeriodEndRuleTest {

  @Test
  void dateBeforePeriodEnd() {
    Finding finding = only(clean().withSignedOn(LocalDate.of(2023, 12, 31))
        .withSignedOnLocation(SourceLocation.of(40, 30, 5000)), "meta.date-before-period-end");
    assertThat(finding.getLocation()).contains(SourceLocation.of(40, 30, 5000));
    assertThat(finding.getQuote().orElseThrow()).contains("2023年12月31日");
    assertThat(finding.getSection()).isEmpty();
    none(clean().withSignedOn(LocalDate.of(2024, 1, 1)), "meta.date-before-period-end");
    only(clean().withPublishedOn(LocalDate.of(2023, 6, 1)).withSignedOn((LocalDate) null),
        "meta.date-before-period-end");
  }
}
