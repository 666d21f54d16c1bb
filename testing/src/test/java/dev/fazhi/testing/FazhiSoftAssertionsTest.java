package dev.fazhi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class FazhiSoftAssertionsTest {

  private final Report clean = SampleReports.bundled("qingshan-justice-2024-clean");

  @Test
  void collectsEveryFailureBeforeReporting() {
    FazhiSoftAssertions softly = new FazhiSoftAssertions();
    softly.assertThat(clean).hasIssuer("别的局").hasReportingYear(2024);
    softly.assertThat(clean).hasReportingYear(2019);
    softly.assertThat(clean).hasPart(Part.NEXT_YEAR_PLAN);

    assertThat(softly.errorsCollected()).hasSize(2);
    assertThat(softly.errorsCollected().get(0)).hasMessageContaining("but its issuer is \"青山区司法局\"");
    assertThat(softly.errorsCollected().get(1)).hasMessageContaining("but its reporting year is 2024");
    assertThatThrownBy(softly::assertAll)
        .hasMessageContaining("Multiple Failures (2 failures)")
        .hasMessageContaining("别的局")
        .hasMessageContaining("2019");
  }

  @Test
  void assertSoftlyPassesWhenAllHold() {
    FazhiSoftAssertions.assertSoftly(softly -> {
      softly.assertThat(clean).hasIssuer("青山区司法局");
      softly.assertThat(clean).hasRate(47, 260, "18.1");
    });
  }

  @Test
  void assertSoftlyFailsWithEveryError() {
    assertThatThrownBy(() -> FazhiSoftAssertions.assertSoftly(softly -> {
      softly.assertThat(clean).hasNoPart(Part.SHORTCOMINGS_AND_CAUSES);
      softly.assertThat(clean).hasSectionCount(9);
    }))
        .hasMessageContaining("not to have part SHORTCOMINGS_AND_CAUSES")
        .hasMessageContaining("to have 9 top-level section(s)");
  }

  /** A user's own soft assertions mixing AssertJ's standard ones with Fazhi's. */
  static final class MixedSoftAssertions extends SoftAssertions implements FazhiSoftAssertionsProvider {}

  @Test
  void providerMixesWithStandardSoftAssertions() {
    MixedSoftAssertions softly = new MixedSoftAssertions();
    softly.assertThat(clean).hasReportingYear(2023);
    softly.assertThat(clean.getTitle().orElseThrow()).startsWith("红山");

    assertThat(softly.errorsCollected()).hasSize(2);
  }
}
