package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.OptionalInt;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** meta.publication-late: trigger, near miss, traps. */
class PublicationLateRuleTest {

  private static final String RULE = "meta.publication-late";

  @Test
  void publishedOnTheSecondOfApril() {
    Finding finding = only(clean().withPublishedOn(LocalDate.of(2024, 4, 2)), RULE);
    assertThat(finding.getMessage()).isEqualTo("发布日期2024-04-02晚于公开期限2024-04-01");
    assertThat(finding.getExpected()).contains("≤ 2024-04-01");
  }

  @Test
  void nearMissPublishedOnTheFirstOfApril() {
    none(clean().withPublishedOn(LocalDate.of(2024, 4, 1)), RULE);
  }

  @Test
  void trapsTheSigningDateStandsInAProvincialDeadlineAndNoYear() {
    // no publication date: the signing date is what is known
    Finding bySigning = only(clean().withPublishedOn((LocalDate) null)
        .withSignedOn(LocalDate.of(2024, 4, 9)), RULE);
    assertThat(bySigning.getMessageKey()).isEqualTo(RULE + ".message.signed");
    // a late signing date does not count when the publication date is known and in time
    none(clean().withSignedOn(LocalDate.of(2024, 3, 28)).withPublishedOn(LocalDate.of(2024, 3, 30)),
        RULE);
    // a province may set an earlier deadline
    ReportValidator provincial = ReportValidator.builder().locale(Locale.SIMPLIFIED_CHINESE)
        .deadline(MonthDay.of(3, 1)).build();
    assertThat(provincial.validate(clean()).findings(RULE)).hasSize(1);
    assertThat(provincial.validate(clean().withPublishedOn(LocalDate.of(2024, 3, 1))
        .withSignedOn(LocalDate.of(2024, 2, 20))).findings(RULE)).isEmpty();
    // without a reporting year there is no deadline
    none(clean().withReportingYear(OptionalInt.empty()).withPublishedOn(LocalDate.of(2030, 1, 1)), RULE);
  }
}
