package dev.fazhi.validation.rules.metric;

import dev.fazhi.core.model.RateBound;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding judged the way XBRL Calculations 1.1 judges it: a rate written with d decimals stands for
 * the interval of half a unit in the last place around it ({@code 46.2} is [46.15, 46.25]); counts are
 * exact. A stated rate is inconsistent with its counts only when the exact ratio lies outside that
 * interval. A rate qualified by 以上 has no upper end, one qualified by 以下 no lower end. All
 * arithmetic is exact.
 */
final class RateIntervals {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RateIntervals() {}

  /**
   * Half a unit in the last written place of a value.
   *
   * @param stated the value as written
   * @return {@code 0.05} for {@code 46.2}, {@code 0.5} for {@code 44}
   */
  static BigDecimal halfUnit(BigDecimal stated) {
    return BigDecimal.valueOf(5, stated.scale() + 1);
  }

  /**
   * Whether the ratio {@code numerator / denominator}, in percent, lies within the interval a stated
   * rate stands for.
   *
   * @param stated the stated rate in percent, with its written decimals
   * @param bound how the stated rate bounds the true one
   * @param numerator the numerator count
   * @param denominator the denominator count, positive
   * @return true when consistent
   */
  static boolean consistent(BigDecimal stated, RateBound bound, BigDecimal numerator,
      BigDecimal denominator) {
    BigDecimal half = halfUnit(stated);
    BigDecimal scaled = numerator.multiply(HUNDRED);
    if (bound != RateBound.AT_MOST) {
      BigDecimal low = stated.subtract(half).multiply(denominator);
      if (scaled.compareTo(low) < 0) {
        return false;
      }
    }
    if (bound != RateBound.AT_LEAST) {
      BigDecimal high = stated.add(half).multiply(denominator);
      if (scaled.compareTo(high) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The ratio in percent, rounded half-even to two more decimals than the stated rate has (at least
   * two), for messages.
   *
   * @param stated the stated rate
   * @param numerator the numerator
   * @param denominator the denominator, positive
   * @return the ratio in percent
   */
  static BigDecimal percent(BigDecimal stated, BigDecimal numerator, BigDecimal denominator) {
    int scale = Math.max(2, stated.scale() + 2);
    return numerator.multiply(HUNDRED).divide(denominator, scale, RoundingMode.HALF_EVEN);
  }
}
