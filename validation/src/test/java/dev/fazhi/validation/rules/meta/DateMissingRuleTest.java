package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.SampleReports.clean;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** meta.date-missing: when it fires, when it must not, and its traps. */
class DateMissingRuleTest {

  @Test
  void dateMissing() {
    only(clean().withSignedOn((LocalDate) null), "meta.date-missing");
    none(clean(), "meta.date-missing");
  }
}
