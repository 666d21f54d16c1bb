package dev.fazhi.cli.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.RateBound;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The arithmetic a report page writes out beside each checkable figure. */
class FigureArithmeticTest {

  @Test
  void aBreakdownThatDoesNotAddUp() {
    Breakdown breakdown = Breakdown.builder().total(36).addParts(31, 4).build();

    assertThat(FigureArithmetic.of(breakdown)).hasValue(new FigureArithmetic("31 + 4 = 35 ≠ 36", false));
  }

  @Test
  void aBreakdownThatAddsUp() {
    Breakdown breakdown = Breakdown.builder().total(35).addParts(31, 4).build();

    assertThat(FigureArithmetic.of(breakdown)).hasValue(new FigureArithmetic("31 + 4 = 35", true));
  }

  @Test
  void aRateThatDisagreesWithItsCounts() {
    assertThat(FigureArithmetic.rate(118, 124, new BigDecimal("97.6"), RateBound.EXACT))
        .isEqualTo(new FigureArithmetic("118 / 124 = 95.2 % ≠ 97.6 %", false));
  }

  @Test
  void aRateAgreesWithinTheRoundingItWasWrittenWith() {
    assertThat(FigureArithmetic.rate(166, 359, new BigDecimal("46.2"), RateBound.EXACT))
        .isEqualTo(new FigureArithmetic("166 / 359 = 46.2 % ≈ 46.2 %", true));
    assertThat(FigureArithmetic.rate(90, 100, new BigDecimal("85"), RateBound.AT_LEAST).agrees()).isTrue();
    assertThat(FigureArithmetic.rate(80, 100, new BigDecimal("85"), RateBound.AT_LEAST).agrees()).isFalse();
    assertThat(FigureArithmetic.rate(1, 0, new BigDecimal("85"), RateBound.EXACT).agrees()).isFalse();
  }

  @Test
  void tasksDoneAreThoseCompletedAndThoseClosed() {
    TaskCompletion all = TaskCompletion.builder().assigned(321).completed(254).closed(67)
        .ratePercent(new BigDecimal("100")).build();
    TaskCompletion tooMany = TaskCompletion.builder().assigned(86).completed(84).closed(5)
        .ratePercent(new BigDecimal("100")).build();

    assertThat(FigureArithmetic.of(all)).hasValue(new FigureArithmetic("(254 + 67) / 321 = 100.0 % ≈ 100 %", true));
    assertThat(FigureArithmetic.of(tooMany)).hasValue(new FigureArithmetic("84 + 5 = 89 > 86", false));
  }

  @Test
  void aSubsetLargerThanItsWhole() {
    Subset subset = Subset.builder().total(20).subset(21).build();

    assertThat(FigureArithmetic.of(subset)).hasValue(new FigureArithmetic("21 > 20", false));
  }
}
