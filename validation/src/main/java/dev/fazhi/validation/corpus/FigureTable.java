package dev.fazhi.validation.corpus;

import java.math.BigDecimal;
import java.util.Arrays;

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

  /**
   * A subject's 64-bit hash, the key of its row.
   *
   * @param subject the subject
   * @return the hash
   */
  static long hash(String subject) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < subject.length(); i++) {
      h = Shingles.mix(h + subject.charAt(i));
    }
    return h;
  }

  /**
   * {@link #hash(String)} of the subject {@code new String(text, from, to - from)}, from the characters.
   *
   * @param text the characters
   * @param from the subject's start
   * @param to its end (exclusive)
   * @return the hash
   */
  static long hash(char[] text, int from, int to) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = from; i < to; i++) {
      h = Shingles.mix(h + text[i]);
    }
    return h;
  }

  /** Collects figures, keeping one per subject. Not thread-safe. */
  static final class Builder {
    /** Per figure kept: the subject's hash, the digits, the scale, the unit (-1 once ambiguous), the line. */
    private static final int WIDE = 5;
    /** Open addressing from a subject's hash to its row: no boxed key per figure. */
    private long[] keys = new long[128];
    private int[] at = new int[128];
    /**
     * The rows, {@value #WIDE} longs each, in the order first seen: one array, not one per figure. Room
     * for 64 at first, and the table for as many: a report states some 30 figures with a subject.
     */
    private long[] rows = new long[WIDE * 64];
    private int size;

    /**
     * Empties the builder for another report: its arrays are kept (a digest's thread reuses one), the
     * table's slots cleared; arrays grown past 1 024 figures are let go.
     */
    void reset() {
      size = 0;
      if (keys.length > 2048) {
        keys = new long[128];
        at = new int[128];
        rows = new long[WIDE * 64];
      } else {
        Arrays.fill(at, 0); // an empty slot is one whose at is 0: keys need no clearing
      }
    }

    /**
     * Adds a figure, unless its subject is too short or its value does not fit a row.
     *
     * @param figure the figure
     * @param line its line
     */
    void add(StatedFigure figure, int line) {
      BigDecimal value = figure.value();
      if (value.scale() > 100 || value.precision() > 18) {
        return;
      }
      add(figure.subject().length(), hash(figure.subject()), value.unscaledValue().longValue(), value.scale(),
          FigureScanner.UNITS.indexOf(figure.unit()), line);
    }

    /**
     * {@link #add(StatedFigure, int)} for a value already read as digits and scale, as the scanner
     * reads every number of up to 18 characters: no {@code BigDecimal} taken apart, no unit looked up
     * by name, the subject's hash made from the characters.
     *
     * @param subjectLength the length of the figure's subject
     * @param key {@link FigureTable#hash(String)} of the subject
     * @param unscaled its value's digits (at most 18 of them)
     * @param scale its value's scale (0 to 100)
     * @param unit the index of its unit in {@link FigureScanner#UNITS}
     * @param line its line
     */
    void add(int subjectLength, long key, long unscaled, int scale, int unit, int line) {
      if (subjectLength < FigureScanner.MIN_SUBJECT) {
        return;
      }
      int slot = find(key);
      if (at[slot] == 0) {
        if (rows.length < WIDE * (size + 1)) {
          rows = Arrays.copyOf(rows, 2 * rows.length);
        }
        int r = WIDE * size;
        rows[r] = key;
        rows[r + 1] = unscaled;
        rows[r + 2] = scale;
        rows[r + 3] = unit;
        rows[r + 4] = line;
        size++;
        keys[slot] = key;
        at[slot] = size; // the row's index plus one: 0 is an empty slot
        if (2 * size > keys.length) {
          grow();
        }
      } else {
        int r = WIDE * (at[slot] - 1);
        // Equal values compare equal at any scale (8.1 and 8.10); at one scale, equal digits are.
        boolean sameValue = rows[r + 2] == scale ? rows[r + 1] == unscaled
            : BigDecimal.valueOf(rows[r + 1], (int) rows[r + 2]).compareTo(BigDecimal.valueOf(unscaled, scale)) == 0;
        if (!sameValue || rows[r + 3] != unit) {
          rows[r + 3] = -1;
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
      for (int i = 0; i < size; i++) {
        int slot = find(rows[WIDE * i]);
        keys[slot] = rows[WIDE * i];
        at[slot] = i + 1;
      }
    }

    FigureTable build() {
      if (size == 0) {
        return EMPTY;
      }
      long[] packed = new long[ROW * size];
      for (int i = 0; i < size; i++) {
        int r = WIDE * i;
        packed[ROW * i] = rows[r];
        packed[ROW * i + 1] = rows[r + 1];
        packed[ROW * i + 2] = pack((int) rows[r + 2], (int) rows[r + 3], (int) rows[r + 4]);
      }
      return new FigureTable(packed);
    }
  }
}
