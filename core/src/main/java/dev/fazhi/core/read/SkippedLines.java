package dev.fazhi.core.read;

import java.util.Arrays;
import java.util.List;

/**
 * The lines a step of the reader took for itself (the title, an issuer's line under it, the date and
 * the signature), which the outline reads past. Immutable: each step returns a new mask with its own
 * lines added. A report skips a handful of lines, so the mask is a small sorted array.
 */
final class SkippedLines {

  private static final SkippedLines NONE = new SkippedLines(new int[0]);

  private final int[] lines;

  private SkippedLines(int[] sortedLines) {
    this.lines = sortedLines;
  }

  /** The mask that skips nothing. */
  static SkippedLines none() {
    return NONE;
  }

  /**
   * This mask with more lines skipped.
   *
   * @param more line indexes; duplicates and lines already skipped are fine
   * @return a new mask, or this one when nothing is added
   */
  SkippedLines with(List<Integer> more) {
    int[] added = new int[more.size()];
    for (int i = 0; i < added.length; i++) {
      added[i] = more.get(i);
    }
    return with(added);
  }

  /**
   * This mask with more lines skipped.
   *
   * @param more line indexes
   * @return a new mask, or this one when nothing is added
   */
  SkippedLines with(int... more) {
    int[] merged = Arrays.copyOf(lines, lines.length + more.length);
    int n = lines.length;
    for (int line : more) {
      if (!contains(merged, n, line)) {
        merged[n++] = line;
      }
    }
    if (n == lines.length) {
      return this;
    }
    int[] out = Arrays.copyOf(merged, n);
    Arrays.sort(out);
    return new SkippedLines(out);
  }

  /**
   * Whether a line is skipped.
   *
   * @param line a line index
   * @return true if a step took the line
   */
  boolean contains(int line) {
    return Arrays.binarySearch(lines, line) >= 0;
  }

  /** How many lines are skipped. */
  int size() {
    return lines.length;
  }

  private static boolean contains(int[] lines, int n, int line) {
    for (int i = 0; i < n; i++) {
      if (lines[i] == line) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SkippedLines other && Arrays.equals(lines, other.lines);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(lines);
  }

  @Override
  public String toString() {
    return "SkippedLines" + Arrays.toString(lines);
  }
}
