package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.Report;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class ReportValidatorBuilderTest {

  private static final Report NO_ISSUER = SampleReports.clean().withIssuer((Issuer) null);

  @Test
  void unknownRuleIdsAreRejectedNamingTheIdAndListingTheKnownOnes() {
    assertThatThrownBy(() -> ReportValidator.builder().disable("outline.part-mising").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'outline.part-mising'")
        .hasMessageContaining("outline.part-missing")
        .hasMessageContaining("text.editor-residue");
    assertThatThrownBy(() -> ReportValidator.builder().severity("nope", Severity.INFO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'");
  }

  @Test
  void rulesCanBeSwitchedOff() {
    ReportValidator validator = ReportValidator.builder().disable("meta.issuer-missing").build();
    assertThat(validator.validate(NO_ISSUER).getFindings()).isEmpty();
    assertThat(validator.rules()).extracting(RuleDescriptor::getId)
        .doesNotContain("meta.issuer-missing").contains("meta.year-missing");
    assertThat(ReportValidator.defaults().validate(NO_ISSUER).findings("meta.issuer-missing"))
        .hasSize(1);
  }

  @Test
  void severitiesCanBeOverridden() {
    ReportValidator validator = ReportValidator.builder()
        .severity("meta.issuer-missing", Severity.INFO).build();
    ValidationResult result = validator.validate(NO_ISSUER);
    assertThat(result.count(Severity.INFO)).isEqualTo(1);
    assertThat(result.hasFindingsAtLeast(Severity.WARNING)).isFalse();
    assertThat(validator.severityOf("meta.issuer-missing")).isEqualTo(Severity.INFO);
    assertThat(validator.severityOf("meta.year-missing")).isEqualTo(Severity.ERROR);
  }

  @Test
  void defaultsAreSharedAndDescribed() {
    assertThat(ReportValidator.defaults()).isSameAs(ReportValidator.defaults());
    assertThat(ReportValidator.defaults().getDeadline()).isEqualTo(MonthDay.of(4, 1));
    assertThat(ReportValidator.defaults().rules()).hasSizeGreaterThanOrEqualTo(29);
  }
}
