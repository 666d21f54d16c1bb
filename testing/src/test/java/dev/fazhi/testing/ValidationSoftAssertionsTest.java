package dev.fazhi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.model.Part;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.ValidationResult;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** The validation-result and finding assertions collect their failures when used softly. */
class ValidationSoftAssertionsTest {

  private final ValidationResult webCopy = TestFindings.webCopyLike();

  @Test
  void collectsEveryFailureBeforeReporting() {
    FazhiSoftAssertions softly = new FazhiSoftAssertions();
    softly.assertThat(webCopy).hasNoErrors().hasFinding("text.repeated-phrase").hasFindingCount(9);
    softly.assertThat(webCopy).hasFindingAt("metric.breakdown-sum", 16).hasNoFinding("text.*");

    assertThat(softly.errorsCollected()).hasSize(3);
    assertThat(softly.errorsCollected().get(0)).hasMessageContaining("to have no finding of severity ERROR")
        .hasMessageContaining("Findings (6):");
    assertThat(softly.errorsCollected().get(1)).hasMessageContaining("to have 9 finding(s)");
    assertThat(softly.errorsCollected().get(2)).hasMessageContaining("not to have a finding of rule family \"text.*\"");
    assertThatThrownBy(softly::assertAll).hasMessageContaining("Multiple Failures (3 failures)");
  }

  @Test
  void navigationToAFindingIsSoftToo() {
    FazhiSoftAssertions softly = new FazhiSoftAssertions();
    softly.assertThat(webCopy).finding("metric.breakdown-sum")
        .hasSeverity(Severity.WARNING)
        .hasLine(99)
        .hasImbalance("8");

    assertThat(softly.errorsCollected()).hasSize(2);
    assertThat(softly.errorsCollected().get(0)).hasMessageContaining("to have severity WARNING,\nbut it has ERROR");
    assertThat(softly.errorsCollected().get(1)).hasMessageContaining("to stand on line 99,\nbut it stands at 16:3");
  }

  @Test
  void softNavigationKeepsTheDescription() {
    FazhiSoftAssertions softly = new FazhiSoftAssertions();
    softly.assertThat(webCopy).as("web copy").finding("text.repeated-phrase").hasLine(3);

    assertThat(softly.errorsCollected()).singleElement().satisfies(error -> assertThat(error)
        .hasMessageStartingWith("[web copy] \nExpecting finding\n  text.repeated-phrase INFO at 16:41"));
  }

  @Test
  void aMissingFindingIsCollectedAndTheChainGoesOn() {
    FazhiSoftAssertions softly = new FazhiSoftAssertions();
    softly.assertThat(webCopy).finding("metric.rate-mismatch").hasSeverity(Severity.ERROR);
    softly.assertThat(webCopy).findingAt("text.repeated-phrase", 16).hasQuote("执法执法");
    softly.assertThat(webCopy).hasFindingAbout("outline.part-missing", Part.NEXT_YEAR_PLAN);

    assertThat(softly.errorsCollected()).hasSize(3);
    assertThat(softly.errorsCollected().get(0))
        .hasMessageContaining("to have a finding of rule \"metric.rate-mismatch\",\nbut it has none.");
    assertThat(softly.errorsCollected().get(1)).hasMessageContaining("Expecting actual not to be null");
    assertThat(softly.errorsCollected().get(2)).hasMessageContaining("about part NEXT_YEAR_PLAN");
  }

  @Test
  void assertSoftlyPassesWhenAllHold() {
    FazhiSoftAssertions.assertSoftly(softly -> {
      softly.assertThat(webCopy).hasFinding("metric.*").hasFindingQuoting("text.repeated-phrase", "执法执法");
      softly.assertThat(webCopy).finding("outline.numbering-style").hasSeverity(Severity.INFO).hasLine(13);
      softly.assertThat(TestFindings.LATE).hasExpected("2024-04-01");
    });
  }

  @Test
  void assertSoftlyFailsWithEveryError() {
    assertThatThrownBy(() -> FazhiSoftAssertions.assertSoftly(softly -> {
      softly.assertThat(webCopy).hasOnlyFindings("text.*");
      softly.assertThat(TestFindings.REPEATED).hasSeverity(Severity.ERROR);
    }))
        .hasMessageContaining("Multiple Failures (2 failures)")
        .hasMessageContaining("to have findings of exactly the rules [text.*]")
        .hasMessageContaining("to have severity ERROR");
  }

  /** A user's own soft assertions mixing AssertJ's standard ones with Fazhi's. */
  static final class MixedSoftAssertions extends SoftAssertions implements FazhiSoftAssertionsProvider {}

  @Test
  void providerMixesWithStandardSoftAssertions() {
    MixedSoftAssertions softly = new MixedSoftAssertions();
    softly.assertThat(webCopy).hasNoFindings();
    softly.assertThat(webCopy).finding("text.*").hasLine(2);
    softly.assertThat(webCopy.getFindings()).hasSize(6);
    softly.assertThat(webCopy.isEmpty()).isTrue();

    assertThat(softly.errorsCollected()).hasSize(3);
  }
}
