package dev.fazhi.validation.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The figures one report states, by subject, kept compactly for the next year's report to check its
 * changes against: per figure a 64-bit hash of the subject, the value's digits and scale, the unit and
 * the line — 24 bytes in one long[] per report, no strings. A subject given with two different values or units is
 * ambiguous and answers nothing. Immutable once built; thread-safe.
 */
final class FigureTable {

  static final FigureTable EMPTY = new FigureTable(new long[0]);

  /**
   * {@value #ROW} longs per figure: the subject's hash, the value's unscaled digits, and the scale (8
   * bits), unit (8 bits, -1 when ambiguous) and line (32 bits) packed in one: one array per report.
   */
  private static final int ROW = 3;

  private final long[] rows;

  private FigureTable(long[] rows) {
    this.rows = rows;
  }

  private static long pack(int scale, int unit, int line) {
    return ((long) (scale & 0xFF) << 40) | ((long) (unit & 0xFF) << 32) | (line & 0xFFFFFFFFL);
  }

  private static int scale(long packed) {
    return (byte) (packed >>> 40);
  }

  private static int unit(long packed) {
    return (byte) (packed >>> 32);
  }

  private static int line(long packed) {
    return (int) packed;
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
    for (int i = 0; i < rows.length; i += ROW) {
      if (rows[i] == key) {
        long packed = rows[i + 2];
        return unit(packed) < 0 ? null
            : new Entry(BigDecimal.valueOf(rows[i + 1], scale(packed)), FigureScanner.UNITS.get(unit(packed)),
                line(packed));
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
    return rows.length / ROW;
  }

  /** Two tables are equal when they keep the same figures, in the same order. */
  @Override
  public boolean equals(Object other) {
    return other instanceof FigureTable that && Arrays.equals(rows, that.rows);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(rows);
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
    /** Open addressing from a subject's hash to its row: no boxed key per figure. */
    private long[] keys = new long[64];
    private int[] at = new int[64];
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
      int slot = find(key);
      if (at[slot] == 0) {
        long[] row = {key, value.unscaledValue().longValue(), value.scale(), unit, line};
        rows.add(row);
        keys[slot] = key;
        at[slot] = rows.size(); // the row's index plus one: 0 is an empty slot
        if (2 * rows.size() > keys.length) {
          grow();
        }
      } else {
        long[] earlier = rows.get(at[slot] - 1);
        boolean same = BigDecimal.valueOf(earlier[1], (int) earlier[2]).compareTo(value) == 0
            && earlier[3] == unit;
        if (!same) {
          earlier[3] = -1;
        }
      }
    }

    private int find(long key) {
      int mask = keys.length - 1;
      int slot = (int) Shingles.mix(key) & mask;
      while (at[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      keys = new long[2 * keys.length];
      at = new int[keys.length];
      for (int i = 0; i < rows.size(); i++) {
        int slot = find(rows.get(i)[0]);
        keys[slot] = rows.get(i)[0];
        at[slot] = i + 1;
      }
    }

    FigureTable build() {
      int n = rows.size();
      if (n == 0) {
        return EMPTY;
      }
      long[] packed = new long[ROW * n];
      for (int i = 0; i < n; i++) {
        long[] row = rows.get(i);
        packed[ROW * i] = row[0];
        packed[ROW * i + 1] = row[1];
        packed[ROW * i + 2] = pack((int) row[2], (int) row[3], (int) row[4]);
      }
      return new FigureTable(packed);
    }
  }
}
