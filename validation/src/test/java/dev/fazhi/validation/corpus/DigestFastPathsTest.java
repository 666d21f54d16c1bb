package dev.fazhi.validation.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The digest's fast paths against the plain code they replace. */
class DigestFastPathsTest {

  /** As before the table: the whole common Han block (its few unassigned units too), else by class. */
  @Test
  void keptByTableIsKeptByDefinitionForEveryUtf16Unit() {
    for (int c = 0; c < 1 << 16; c++) {
      boolean definition = (c >= 0x4E00 && c <= 0x9FFF) || (c < 128
          ? (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          : Character.isLetterOrDigit((char) c));
      assertThat(Shingles.kept((char) c)).as("U+%04X", c).isEqualTo(definition);
    }
  }

  @Test
  void distinctSortedByBitsIsDistinctSortedBySorting() {
    SplittableRandom random = new SplittableRandom(7);
    long[] bits = new long[ReportDigest.BITS_WORDS];
    for (int round = 0; round < 2000; round++) {
      int n = random.nextInt(400);
      int range = 1 + random.nextInt(round % 2 == 0 ? 300 : 65536);
      char[] values = new char[n + random.nextInt(5)];
      for (int i = 0; i < values.length; i++) {
        values[i] = (char) (round % 3 == 0 ? 65535 - random.nextInt(range) : random.nextInt(range));
      }
      char[] expected = ReportDigest.distinctSorted(values.clone(), n);
      char[] before = values.clone();
      assertThat(ReportDigest.distinctSorted(values, n, bits)).isEqualTo(expected);
      assertThat(values).isEqualTo(before);
      assertThat(Arrays.stream(bits).allMatch(w -> w == 0)).as("bits cleared").isTrue();
    }
  }
}
