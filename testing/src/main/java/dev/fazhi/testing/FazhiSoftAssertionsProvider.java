package dev.fazhi.testing;

import dev.fazhi.core.model.Report;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Adds {@code assertThat(Report)} to any AssertJ soft-assertions class. {@link FazhiSoftAssertions}
 * implements it; to mix Fazhi's assertions with AssertJ's standard ones in one object, write
 * {@code class MySoftAssertions extends SoftAssertions implements FazhiSoftAssertionsProvider {}}.
 */
public interface FazhiSoftAssertionsProvider extends SoftAssertionsProvider {

  /**
   * Starts soft assertions on a report: failures are collected, not thrown, until the soft assertions
   * are asserted.
   *
   * @param actual the report under test
   * @return the assertion object
   */
  default ReportAssert assertThat(Report actual) {
    return proxy(ReportAssert.class, Report.class, actual);
  }
}
