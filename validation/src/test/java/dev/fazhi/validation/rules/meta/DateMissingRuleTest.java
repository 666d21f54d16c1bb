package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.validation.Finding;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** meta.date-missing: trigger, near miss, traps. */
class DateMissingRuleTest {

  private static final String RULE = "meta.date-missing";

  @Test
  void aReportWithNoSigningDate() {
    Finding finding = only(clean().withSignedOn((LocalDate) null), RULE);
    assertThat(finding.getMessage()).isEqualTo("报告没有成文日期");
    // about something absent: the report as a whole
    assertThat(finding.getLocation()).isEmpty();
    assertThat(finding.getSection()).isEmpty();
  }

  @Test
  void nearMissASigningDateAndNoPublicationDate() {
    none(clean().withPublishedOn((LocalDate) null), RULE);
  }

  @Test
  void trapsAPublicationDateOrADateInTheBodyIsNoSigningDate() {
    // the publication date does not stand in for the signing date: still missing
    only(clean().withSignedOn((LocalDate) null).withPublishedOn(LocalDate.of(2024, 3, 20)), RULE);
    // a date the body mentions (a meeting held on a day) is not the report's date
    only(clean().withSignedOn((LocalDate) null)
        .withTitle("某区司法局关于2023年法治政府建设情况的报告（2024年3月1日）"), RULE);
  }
}
