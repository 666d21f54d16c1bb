package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.RuleTesting.findings;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** meta.publication-late: when it fires, when it must not, and its traps. */
class PublicationLateRuleTest {

  @Test
  void publicationLate() {
    Finding finding = only(clean().withPublishedOn(LocalDate.of(2024, 4, 2)),
        "meta.publication-late");
    assertThat(finding.getExpected()).contains("≤ 2024-04-01");
    none(clean().withPublishedOn(LocalDate.of(2024, 4, 1)), "meta.publication-late");
    Finding bySigning = only(clean().withPublishedOn((LocalDate) null)
        .withSignedOn(LocalDate.of(2024, 4, 9)), "meta.publication-late");
    assertThat(bySigning.getMessageKey()).endsWith(".signed");
  }

  @Test
  void publicationDeadlineIsASetting() {
    ReportValidator provincial = ReportValidator.builder().locale(Locale.SIMPLIFIED_CHINESE).deadline(MonthDay.of(3, 1)).build();
    assertThat(provincial.validate(clean()).findings("meta.publication-late")).hasSize(1);
    assertThat(provincial.validate(clean().withPublishedOn(LocalDate.of(2024, 3, 1))
        .withSignedOn(LocalDate.of(2024, 2, 20))).findings("meta.publication-late")).isEmpty();
  }
}
