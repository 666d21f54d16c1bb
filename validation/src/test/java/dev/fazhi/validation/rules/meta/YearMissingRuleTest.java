package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.validation.Finding;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** meta.year-missing: trigger, near miss, traps. */
class YearMissingRuleTest {

  private static final String RULE = "meta.year-missing";

  private static ImmutableReport noYear() {
    return clean().withReportingYear(OptionalInt.empty());
  }

  @Test
  void noReportingYear() {
    Finding finding = only(noYear(), RULE);
    assertThat(finding.getMessage()).isEqualTo("无法确定报告所属年度");
    assertThat(finding.getLocation()).isEmpty();
  }

  @Test
  void nearMissAYearWithNoTitleAndNoDates() {
    none(clean().withTitle((String) null).withSignedOn((LocalDate) null)
        .withPublishedOn((LocalDate) null), RULE);
  }

  @Test
  void trapsTheRulesThatNeedTheYearSkipInsteadOfGuessing() {
    // dates that would be far too early or late for any year around them
    ImmutableReport report = noYear().withSignedOn(LocalDate.of(2000, 1, 1))
        .withPublishedOn(LocalDate.of(2000, 1, 2));
    only(report, RULE);
    none(report, "meta.date-before-period-end");
    none(report, "meta.publication-late");
    none(report, "meta.year-mismatch");
  }
}
