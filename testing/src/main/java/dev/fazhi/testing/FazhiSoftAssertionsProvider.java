package dev.fazhi.testing;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ValidationResult;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Adds {@code assertThat(Report)}, {@code assertThat(ValidationResult)} and {@code assertThat(Finding)}
 * to any AssertJ soft-assertions class. {@link FazhiSoftAssertions} implements it; to mix Fazhi's assertions with AssertJ's standard ones in one object, write
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

  /**
   * Starts soft assertions on the findings of a validation. Navigating to a finding with
   * {@link ValidationResultAssert#finding(String)} gives soft assertions on it too.
   *
   * @param actual the validation result under test
   * @return the assertion object
   */
  default ValidationResultAssert assertThat(ValidationResult actual) {
    return proxy(ValidationResultAssert.class, ValidationResult.class, actual)
        .navigatingWith(finding -> proxy(FindingAssert.class, Finding.class, finding));
  }

  /**
   * Starts soft assertions on one finding.
   *
   * @param actual the finding under test
   * @return the assertion object
   */
  default FindingAssert assertThat(Finding actual) {
    return proxy(FindingAssert.class, Finding.class, actual);
  }
}
