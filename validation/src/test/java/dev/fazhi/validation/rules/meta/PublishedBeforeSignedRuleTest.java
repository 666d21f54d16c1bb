package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** meta.published-before-signed: trigger, near miss, traps. */
class PublishedBeforeSignedRuleTest {

  private static final String RULE = "meta.published-before-signed";

  @Test
  void publishedFiveDaysBeforeItWasSigned() {
    Finding finding = only(clean().withPublishedOn(LocalDate.of(2024, 3, 10))
        .withPublishedOnLocation(SourceLocation.of(3, 6, 60)), RULE);
    assertThat(finding.getMessage()).isEqualTo("发布日期2024-03-10早于成文日期2024-03-15");
    assertThat(finding.getLocation()).contains(SourceLocation.of(3, 6, 60));
    assertThat(finding.getActual()).contains("2024-03-10");
  }

  @Test
  void nearMissPublishedTheDayItWasSigned() {
    none(clean().withPublishedOn(LocalDate.of(2024, 3, 15)), RULE);
  }

  @Test
  void trapsEitherDateMissingSaysNothing() {
    none(clean().withSignedOn((LocalDate) null).withPublishedOn(LocalDate.of(2024, 1, 2)), RULE);
    none(clean().withPublishedOn((LocalDate) null), RULE);
  }
}
