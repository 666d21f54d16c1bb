package dev.fazhi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.ValidationResult;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** FazhiSoftAssertions works with AssertJ's JUnit 5 extension. */
@ExtendWith(SoftAssertionsExtension.class)
class SoftAssertionsExtensionTest {

  @InjectSoftAssertions
  private FazhiSoftAssertions softly;

  @Test
  void injectedSoftAssertionsCollectFailures() {
    Report report = SampleReports.bundled("linjiang-ecology-2022-thematic");

    softly.assertThat(report).hasEmbeddedPart(Part.PRINCIPAL_RESPONSIBILITY, Part.MEASURES_AND_RESULTS);
    softly.assertThat(report).hasReportingYear(2022).hasSectionCount(7);

    assertThat(softly.errorsCollected()).isEmpty();
  }

  @Test
  void injectedSoftAssertionsCheckValidationResults() {
    ValidationResult result = TestFindings.webCopyLike();

    softly.assertThat(result).hasFinding("text.repeated-phrase").hasNoFinding("meta.year-mismatch");
    softly.assertThat(result).finding("text.repeated-phrase").hasSeverity(Severity.INFO).hasLine(16);

    assertThat(softly.errorsCollected()).isEmpty();
  }
}
