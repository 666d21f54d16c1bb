package dev.fazhi.testing;

import static dev.fazhi.testing.TestFindings.BREAKDOWN;
import static dev.fazhi.testing.TestFindings.MEASURES;
import static dev.fazhi.testing.TestFindings.PART_MISSING;
import static dev.fazhi.testing.TestFindings.REPEATED;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.model.Part;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.Severity;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FindingAssertTest {

  private static final String SECTION = MEASURES + " / （二）深化市场监管执法";

  private static AbstractThrowableAssert<?, ? extends Throwable> failure(ThrowingCallable assertion) {
    return assertThatThrownBy(assertion).isInstanceOf(AssertionError.class);
  }

  @Test
  void everyFailureShowsTheWholeFinding() {
    failure(() -> FazhiAssertions.assertThat(BREAKDOWN).hasRule("metric.rate-mismatch"))
        .hasMessage("\nExpecting finding\n  metric.breakdown-sum ERROR at 16:3 in \"" + SECTION
            + "\" quoting \"共办理行政处罚案件215件\" imbalance 8: 分项之和207与合计215不符\n"
            + "to be of rule \"metric.rate-mismatch\",\nbut it is of rule \"metric.breakdown-sum\"");
  }

  @Test
  void hasRuleAndHasSeverity() {
    FazhiAssertions.assertThat(BREAKDOWN).hasRule("metric.breakdown-sum").hasSeverity(Severity.ERROR);
    failure(() -> FazhiAssertions.assertThat(REPEATED).hasSeverity(Severity.WARNING))
        .hasMessageEndingWith("to have severity WARNING,\nbut it has INFO");
  }

  @Test
  void hasMessageContaining() {
    FazhiAssertions.assertThat(BREAKDOWN).hasMessageContaining("207").hasMessageContaining("215");
    failure(() -> FazhiAssertions.assertThat(BREAKDOWN).hasMessageContaining("331"))
        .hasMessageEndingWith("to have a message containing \"331\",\nbut its message is \"分项之和207与合计215不符\"");
  }

  @Test
  void hasLineHasLocationHasNoLocation() {
    FazhiAssertions.assertThat(REPEATED).hasLine(16).hasLocation(16, 41);
    FazhiAssertions.assertThat(PART_MISSING).hasNoLocation();
    failure(() -> FazhiAssertions.assertThat(REPEATED).hasLine(15))
        .hasMessageEndingWith("to stand on line 15,\nbut it stands at 16:41");
    failure(() -> FazhiAssertions.assertThat(REPEATED).hasLocation(16, 40))
        .hasMessageEndingWith("to stand at 16:40,\nbut it stands at 16:41");
    failure(() -> FazhiAssertions.assertThat(PART_MISSING).hasLine(1))
        .hasMessageEndingWith("to stand on line 1,\nbut it has no location");
    failure(() -> FazhiAssertions.assertThat(REPEATED).hasNoLocation())
        .hasMessageEndingWith("to concern the report as a whole, with no location,\nbut it stands at 16:41");
  }

  @Test
  void hasSectionAndHasSectionContaining() {
    FazhiAssertions.assertThat(REPEATED).hasSection(SECTION).hasSectionContaining("（二）");
    failure(() -> FazhiAssertions.assertThat(REPEATED).hasSection(MEASURES))
        .hasMessageEndingWith("to stand in section \"" + MEASURES + "\",\nbut its section is \"" + SECTION + "\"");
    failure(() -> FazhiAssertions.assertThat(REPEATED).hasSectionContaining("（三）"))
        .hasMessageEndingWith("to stand in a section whose path contains \"（三）\",\nbut its section is \"" + SECTION + "\"");
    failure(() -> FazhiAssertions.assertThat(PART_MISSING).hasSection(MEASURES))
        .hasMessageEndingWith("but it has no section");
  }

  @Test
  void hasQuoteAndHasQuoteContaining() {
    FazhiAssertions.assertThat(REPEATED).hasQuote("执法执法").hasQuoteContaining("执法");
    failure(() -> FazhiAssertions.assertThat(REPEATED).hasQuote("执法"))
        .hasMessageEndingWith("to quote \"执法\",\nbut its quote is \"执法执法\"");
    failure(() -> FazhiAssertions.assertThat(REPEATED).hasQuoteContaining("监管"))
        .hasMessageEndingWith("to have a quote containing \"监管\",\nbut its quote is \"执法执法\"");
    failure(() -> FazhiAssertions.assertThat(PART_MISSING).hasQuoteContaining("不足"))
        .hasMessageEndingWith("but it has no quote");
  }

  @Test
  void hasPart() {
    FazhiAssertions.assertThat(PART_MISSING).hasPart(Part.SHORTCOMINGS_AND_CAUSES);
    failure(() -> FazhiAssertions.assertThat(PART_MISSING).hasPart(Part.NEXT_YEAR_PLAN))
        .hasMessageEndingWith("to concern part NEXT_YEAR_PLAN,\nbut its part is \"SHORTCOMINGS_AND_CAUSES\"");
    failure(() -> FazhiAssertions.assertThat(REPEATED).hasPart(Part.MEASURES_AND_RESULTS))
        .hasMessageEndingWith("but it has no part");
  }

  @Test
  void hasImbalanceComparesByValue() {
    FazhiAssertions.assertThat(BREAKDOWN).hasImbalance("8").hasImbalance("8.00");
    failure(() -> FazhiAssertions.assertThat(BREAKDOWN).hasImbalance("-8"))
        .hasMessageEndingWith("to have imbalance -8,\nbut its imbalance is \"8\"");
    failure(() -> FazhiAssertions.assertThat(REPEATED).hasImbalance("0"))
        .hasMessageEndingWith("to have imbalance 0,\nbut it has no imbalance");
    assertThatThrownBy(() -> FazhiAssertions.assertThat(BREAKDOWN).hasImbalance("八"))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  void hasExpectedAndHasActual() {
    FazhiAssertions.assertThat(BREAKDOWN).hasExpected("215").hasActual("207");
    failure(() -> FazhiAssertions.assertThat(BREAKDOWN).hasExpected("207"))
        .hasMessageEndingWith("to have expected value \"207\",\nbut its expected value is \"215\"");
    failure(() -> FazhiAssertions.assertThat(REPEATED).hasActual("执法"))
        .hasMessageEndingWith("to have actual value \"执法\",\nbut it has no actual value");
  }

  @Test
  void failsOnANullFinding() {
    failure(() -> FazhiAssertions.assertThat((Finding) null).hasSeverity(Severity.ERROR))
        .hasMessageContaining("Expecting actual not to be null");
  }
}
