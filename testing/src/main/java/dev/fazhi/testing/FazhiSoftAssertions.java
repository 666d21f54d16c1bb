package dev.fazhi.testing;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions on reports, validation results and findings: every failed assertion is collected and
 * all are reported together.
 *
 * <pre>{@code
 * FazhiSoftAssertions.assertSoftly(softly -> {
 *   softly.assertThat(report).hasIssuer("青山区司法局");
 *   softly.assertThat(report).hasPart(Part.SHORTCOMINGS_AND_CAUSES);
 *   softly.assertThat(result).hasNoErrors();
 *   softly.assertThat(result).finding("text.repeated-phrase").hasLine(16);
 * });
 * }</pre>
 *
 * <p>Also usable with JUnit 5's {@code SoftAssertionsExtension} and {@code @InjectSoftAssertions}.
 * Not thread-safe: use one instance per test.
 */
public class FazhiSoftAssertions extends AbstractSoftAssertions implements FazhiSoftAssertionsProvider {

  /** Creates soft assertions with no error collected. */
  public FazhiSoftAssertions() {
    super();
  }

  /**
   * Runs soft assertions and fails with every collected error at the end.
   *
   * @param softly the assertions to run
   */
  public static void assertSoftly(Consumer<FazhiSoftAssertions> softly) {
    SoftAssertionsProvider.assertSoftly(FazhiSoftAssertions.class, softly);
  }
}
