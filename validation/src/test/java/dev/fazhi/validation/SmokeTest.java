package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {

  @Test
  void cleanReportHasNoFindings() {
    ValidationResult result = ReportValidator.defaults().validate(SampleReports.clean());
    assertThat(result.getFindings()).isEmpty();
  }
}
