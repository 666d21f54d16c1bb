package dev.fazhi.validation.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures one report states, by subject, kept compactly for the next year's report to check its
 * changes against: per figure a 64-bit hash of the subject, the value's digits and scale, the unit and
 * the line — about 22 bytes, no strings. A subject given with two different values or units is
 * ambiguous and answers nothing. Immutable once built; thread-safe.
 */
final class FigureTable {

  static final FigureTable EMPTY = new FigureTable(new long[0], new long[0], new byte[0], new byte[0],
      new int[0]);

  private final long[] subjects;
  private final long[] unscaled;
  private final byte[] scales;
  private final byte[] units;
  private final int[] lines;

  private FigureTable(long[] subjects, long[] unscaled, byte[] scales, byte[] units, int[] lines) {
    this.subjects = subjects;
    this.unscaled = unscaled;
    this.scales = scales;
    this.units = units;
    this.lines = lines;
  }

  /**
   * What a report states for a subject.
   *
   * @param value the value as written
   * @param unit the unit as written
   * @param line the line
   */
  record Entry(BigDecimal value, String unit, int line) {}

  /**
   * The one figure stated for a subject.
   *
   * @param subject the subject
   * @return the figure, or null when none or several differing ones are stated
   */
  Entry find(String subject) {
    long key = hash(subject);
    for (int i = 0; i < subjects.length; i++) {
      if (subjects[i] == key) {
        return units[i] < 0 ? null
            : new Entry(BigDecimal.valueOf(unscaled[i], scales[i]), FigureScanner.UNITS.get(units[i]), lines[i]);
      }
    }
    return null;
  }

  /**
   * How many subjects are kept.
   *
   * @return the count
   */
  int size() {
    return subjects.length;
  }

  /** Two tables are equal when they keep the same figures, in the same order. */
  @Override
  public boolean equals(Object other) {
    return other instanceof FigureTable that && Arrays.equals(subjects, that.subjects)
        && Arrays.equals(unscaled, that.unscaled) && Arrays.equals(scales, that.scales)
        && Arrays.equals(units, that.units) && Arrays.equals(lines, that.lines);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(subjects) * 31 + Arrays.hashCode(lines);
  }

  static long hash(String subject) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < subject.length(); i++) {
      h = Shingles.mix(h + subject.charAt(i));
    }
    return h;
  }

  /** Collects figures, keeping one per subject. Not thread-safe. */
  static final class Builder {
    private final Map<Long, Integer> index = new HashMap<>();
    private final List<long[]> rows = new ArrayList<>();

    void add(StatedFigure figure, int line) {
      if (figure.subject().length() < FigureScanner.MIN_SUBJECT) {
        return;
      }
      BigDecimal value = figure.value();
      if (value.scale() > 100 || value.precision() > 18) {
        return;
      }
      long key = hash(figure.subject());
      long unit = FigureScanner.UNITS.indexOf(figure.unit());
      long[] row = {key, value.unscaledValue().longValue(), value.scale(), unit, line};
      Integer at = index.get(key);
      if (at == null) {
        index.put(key, rows.size());
        rows.add(row);
      } else {
        long[] earlier = rows.get(at);
        boolean same = BigDecimal.valueOf(earlier[1], (int) earlier[2]).compareTo(value) == 0
            && earlier[3] == unit;
        if (!same) {
          earlier[3] = -1;
        }
      }
    }

    FigureTable build() {
      int n = rows.size();
      if (n == 0) {
        return EMPTY;
      }
      long[] subjects = new long[n];
      long[] unscaled = new long[n];
      byte[] scales = new byte[n];
      byte[] units = new byte[n];
      int[] lines = new int[n];
      for (int i = 0; i < n; i++) {
        long[] row = rows.get(i);
        subjects[i] = row[0];
        unscaled[i] = row[1];
        scales[i] = (byte) row[2];
        units[i] = (byte) row[3];
        lines[i] = (int) row[4];
      }
      return new FigureTable(subjects, unscaled, scales, units, lines);
    }
  }
}
