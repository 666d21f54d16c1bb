package dev.fazhi.cli.html;

import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.RateBound;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A checkable figure's arithmetic written out for a person: {@code 31 + 4 = 35 ≠ 36},
 * {@code 118 / 124 = 95.2 % ≠ 97.6 %}, {@code 12 ≤ 20}. A rate agrees when the exact ratio lies within
 * half a unit of the stated rate's last written place (46.2 % stands for 46.15 … 46.25), as rules.md
 * says; 以上 and 以下 leave one end open.
 *
 * @param text the arithmetic
 * @param agrees whether the figures agree
 */
record FigureArithmetic(String text, boolean agrees) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The arithmetic of a figure, when it has any to check.
   *
   * @param figure the figure
   * @return the arithmetic, or empty for a plain count or amount
   */
  static Optional<FigureArithmetic> of(Figure figure) {
    if (figure instanceof Breakdown breakdown) {
      return Optional.of(sum(breakdown));
    }
    if (figure instanceof Rate rate) {
      return Optional.of(rate(rate.getNumerator(), rate.getDenominator(), rate.getRatePercent(),
          rate.getRateBound()));
    }
    if (figure instanceof TaskCompletion task) {
      return Optional.of(completion(task));
    }
    if (figure instanceof Subset subset) {
      return Optional.of(within(subset.getSubset(), subset.getTotal()));
    }
    return Optional.empty();
  }

  private static FigureArithmetic sum(Breakdown breakdown) {
    StringJoiner terms = new StringJoiner(" + ");
    long sum = 0;
    for (long part : breakdown.getParts()) {
      terms.add(Long.toString(part));
      sum += part;
    }
    boolean agrees = sum == breakdown.getTotal();
    String text = terms + " = " + sum + (agrees ? "" : " ≠ " + breakdown.getTotal());
    return new FigureArithmetic(text, agrees);
  }

  /** Tasks done are those completed plus those closed (办结), as the rules count them. */
  private static FigureArithmetic completion(TaskCompletion task) {
    long done = task.getCompleted() + task.getClosed().orElse(0);
    String counted = task.getClosed().isPresent()
        ? "(" + task.getCompleted() + " + " + task.getClosed().getAsLong() + ")" : Long.toString(done);
    if (done > task.getAssigned() || task.getRatePercent().isEmpty()) {
      String sum = task.getClosed().isPresent()
          ? task.getCompleted() + " + " + task.getClosed().getAsLong() + " = " + done : Long.toString(done);
      boolean agrees = done <= task.getAssigned();
      return new FigureArithmetic(sum + (agrees ? " ≤ " : " > ") + task.getAssigned(), agrees);
    }
    return rate(counted, done, task.getAssigned(), task.getRatePercent().get(), task.getRateBound());
  }

  private static FigureArithmetic within(long part, long whole) {
    boolean agrees = part <= whole;
    return new FigureArithmetic(part + (agrees ? " ≤ " : " > ") + whole, agrees);
  }

  static FigureArithmetic rate(long numerator, long denominator, BigDecimal stated, RateBound bound) {
    return rate(Long.toString(numerator), numerator, denominator, stated, bound);
  }

  private static FigureArithmetic rate(String counted, long numerator, long denominator, BigDecimal stated,
      RateBound bound) {
    String prefix = counted + " / " + denominator + " = ";
    String statedText = (bound == RateBound.AT_LEAST ? "≥ " : bound == RateBound.AT_MOST ? "≤ " : "")
        + stated.toPlainString() + " %";
    if (denominator <= 0) {
      return new FigureArithmetic(prefix + "? ≠ " + statedText, false);
    }
    BigDecimal exact = BigDecimal.valueOf(numerator).multiply(HUNDRED);
    BigDecimal half = BigDecimal.valueOf(5, stated.scale() + 1);
    BigDecimal den = BigDecimal.valueOf(denominator);
    boolean agrees = true;
    if (bound != RateBound.AT_MOST && exact.compareTo(stated.subtract(half).multiply(den)) < 0) {
      agrees = false;
    }
    if (bound != RateBound.AT_LEAST && exact.compareTo(stated.add(half).multiply(den)) > 0) {
      agrees = false;
    }
    int scale = Math.max(1, stated.scale());
    String computed = exact.divide(den, scale, RoundingMode.HALF_EVEN).toPlainString() + " %";
    String relation = agrees ? (bound == RateBound.EXACT ? " ≈ " : " → ") : " ≠ ";
    return new FigureArithmetic(prefix + computed + relation + statedText, agrees);
  }
}
