package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.SampleReports.clean;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** meta.published-before-signed: when it fires, when it must not, and its traps. */
class PublishedBeforeSignedRuleTest {

  @Test
  void publishedBeforeSigned() {
    only(clean().withPublishedOn(LocalDate.of(2024, 3, 10)), "meta.published-before-signed");
    none(clean().withPublishedOn(LocalDate.of(2024, 3, 15)), "meta.published-before-signed");
  }
}
