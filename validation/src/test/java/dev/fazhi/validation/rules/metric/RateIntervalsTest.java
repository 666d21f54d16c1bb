package dev.fazhi.validation.rules.metric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.RateBound;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RateIntervalsTest {

  private static boolean consistent(String stated, RateBound bound, long n, long d) {
    return RateIntervals.consistent(new BigDecimal(stated), bound, BigDecimal.valueOf(n),
        BigDecimal.valueOf(d));
  }

  @Test
  void ratesFromRealReports() {
    assertThat(consistent("46.2", RateBound.EXACT, 166, 359)).isTrue();
    assertThat(consistent("44", RateBound.EXACT, 191, 434)).isTrue();
    assertThat(consistent("100", RateBound.EXACT, 321, 321)).isTrue();
    assertThat(consistent("97.6", RateBound.EXACT, 118, 124)).isFalse();
    assertThat(consistent("46.3", RateBound.EXACT, 166, 359)).isFalse();
  }

  @Test
  void intervalsAreClosed() {
    // 1/8 = 12.5 %: written as 12 or 13 with no decimals, both intervals hold it at their end.
    assertThat(consistent("12", RateBound.EXACT, 1, 8)).isTrue();
    assertThat(consistent("13", RateBound.EXACT, 1, 8)).isTrue();
    assertThat(consistent("12.5", RateBound.EXACT, 1, 8)).isTrue();
    assertThat(consistent("12.0", RateBound.EXACT, 1, 8)).isFalse();
  }

  @Test
  void boundsAreOneSided() {
    assertThat(consistent("95", RateBound.AT_LEAST, 100, 100)).isTrue();
    assertThat(consistent("95", RateBound.AT_LEAST, 94, 100)).isFalse();
    assertThat(consistent("5", RateBound.AT_MOST, 0, 100)).isTrue();
    assertThat(consistent("5", RateBound.AT_MOST, 6, 100)).isFalse();
  }

  @Test
  void aRateRoundedFromItsCountsIsAlwaysConsistentAndOneUnitOffNever() {
    SplittableRandom random = new SplittableRandom(20_240_401L);
    for (int i = 0; i < 20_000; i++) {
      long d = 1 + random.nextLong(100_000);
      long n = random.nextLong(d + 1);
      int decimals = random.nextInt(3);
      BigDecimal exact = BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(d), 20, RoundingMode.HALF_EVEN);
      BigDecimal stated = exact.setScale(decimals, RoundingMode.HALF_UP);
      assertThat(RateIntervals.consistent(stated, RateBound.EXACT, BigDecimal.valueOf(n),
          BigDecimal.valueOf(d))).as("%d/%d as %s", n, d, stated).isTrue();
      BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
      BigDecimal off = stated.add(unit.multiply(BigDecimal.valueOf(2)));
      assertThat(RateIntervals.consistent(off, RateBound.EXACT, BigDecimal.valueOf(n),
          BigDecimal.valueOf(d))).as("%d/%d as %s", n, d, off).isFalse();
    }
  }
}
