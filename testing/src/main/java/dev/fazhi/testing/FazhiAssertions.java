package dev.fazhi.testing;

import dev.fazhi.core.model.Report;

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
}
