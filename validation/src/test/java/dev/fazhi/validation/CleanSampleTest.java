package dev.fazhi.validation;

import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The clean sample every rule test changes one thing of: it has no finding at all. */
class CleanSampleTest {

  @Test
  void theCleanReportHasNoFinding() {
    assertThat(ReportValidator.defaults().validate(clean()).getFindings()).isEmpty();
  }
}
