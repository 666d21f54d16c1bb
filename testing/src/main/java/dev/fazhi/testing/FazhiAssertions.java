package dev.fazhi.testing;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ValidationResult;

/**
 * The entry point for Fazhi's AssertJ assertions: import {@code FazhiAssertions.assertThat} statically
 * next to AssertJ's own.
 *
 * <pre>{@code
 * import static dev.fazhi.testing.FazhiAssertions.assertThat;
 *
 * assertThat(SampleReports.bundled("qingshan-justice-2024-clean"))
 *     .hasIssuer("青山区司法局")
 *     .hasPart(Part.NEXT_YEAR_PLAN);
 *
 * assertThat(ReportValidator.defaults().validate(report))
 *     .hasNoErrors()
 *     .hasFindingAt("text.repeated-phrase", 16);
 * }</pre>
 *
 * <p>For soft assertions use {@link FazhiSoftAssertions}.
 */
public final class FazhiAssertions {

  private FazhiAssertions() {}

  /**
   * Starts assertions on a report.
   *
   * @param actual the report under test
   * @return the assertion object
   */
  public static ReportAssert assertThat(Report actual) {
    return new ReportAssert(actual);
  }

  /**
   * Starts assertions on the findings of a validation.
   *
   * @param actual the validation result under test
   * @return the assertion object
   */
  public static ValidationResultAssert assertThat(ValidationResult actual) {
    return new ValidationResultAssert(actual);
  }

  /**
   * Starts assertions on one finding.
   *
   * @param actual the finding under test
   * @return the assertion object
   */
  public static FindingAssert assertThat(Finding actual) {
    return new FindingAssert(actual);
  }
}
