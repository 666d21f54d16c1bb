package dev.fazhi.core.model;

import java.util.Arrays;

/**
 * The lines of a report's source text, to turn a character offset into a {@link SourceLocation}: the
 * one line locator of the library, used by the reader and the validator. A line ends at {@code \n},
 * {@code \r\n} or a lone {@code \r}.
 *
 * <p>Building one scans the text once (O(n), two int arrays of one entry per line); locating is a
 * binary search (O(log lines)), or O(1) with a hint of a nearby line. Immutable and thread-safe.
 */
public final class SourceLines {

  /** How many lines after a hint {@link #lineOf} tries one by one before it searches. */
  private static final int FORWARD_STEPS = 4;

  private final int length;
  private final int[] starts;
  private final int[] ends;
  private final int count;

  private SourceLines(int length, int[] starts, int[] ends, int count) {
    this.length = length;
    this.starts = starts;
    this.ends = ends;
    this.count = count;
  }

  /**
   * The lines of a text.
   *
   * @param text the text
   * @return its lines; an empty text has one empty line
   */
  public static SourceLines of(String text) {
    int guess = Math.max(16, text.length() / 32); // report lines are paragraphs: rarely shorter
    int[] starts = new int[guess];
    int[] ends = new int[guess];
    int count = 0;
    int start = 0;
    int i = 0;
    int n = text.length();
    if (text.indexOf('\r') < 0) { // the common case: '\n' alone ends lines, found by a fast search
      while (true) {
        int end = text.indexOf('\n', start);
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end < 0 ? n : end;
        count++;
        if (end < 0) {
          break;
        }
        start = end + 1;
      }
      i = n + 1; // done: skip the general loop below
    }
    while (i <= n) {
      if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = i;
        count++;
        if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
      i++;
    }
    return new SourceLines(n, starts, ends, count);
  }

  /**
   * Lines that a caller found in a pass of its own over a text (the reader finds them while it checks
   * every character of the text it reads), as {@link #of(String)} would find them: a line ends at
   * {@code \n}, {@code \r\n} or a lone {@code \r}, the last at the end of the text.
   *
   * @param length the text's length
   * @param starts the offset of each line's first character, in order; copied
   * @param ends the offset after each line's last character, before its line break; copied
   * @param count how many lines the arrays hold, at least one
   * @return the lines
   * @throws IllegalArgumentException if there is no line
   */
  public static SourceLines of(int length, int[] starts, int[] ends, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("a text has at least one line");
    }
    return new SourceLines(length, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), count);
  }

  /**
   * How many lines the text has.
   *
   * @return at least one
   */
  public int count() {
    return count;
  }

  /**
   * Where a line starts.
   *
   * @param line a 0-based line
   * @return the offset of its first character
   */
  public int start(int line) {
    return starts[line];
  }

  /**
   * Where a line ends, before its line break.
   *
   * @param line a 0-based line
   * @return the offset after its last character
   */
  public int end(int line) {
    return ends[line];
  }

  /**
   * The line an offset stands on; an offset outside the text counts as its nearest end.
   *
   * @param offset a 0-based offset
   * @param hint a 0-based line the offset is likely on (the last one found), checked first, with the
   *     few lines after it
   * @return the 0-based line
   */
  public int lineOf(int offset, int hint) {
    int clamped = clamp(offset);
    if (hint >= 0 && hint < count && starts[hint] <= clamped) {
      // the reader locates in document order: the offset is most often on the hinted line or a few
      // lines after it, found by stepping forward before any search
      int last = Math.min(count - 1, hint + FORWARD_STEPS);
      for (int line = hint; line <= last; line++) {
        if (line + 1 == count || starts[line + 1] > clamped) {
          return line;
        }
      }
    }
    int lo = 0;
    int hi = count - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= clamped) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * The location of an offset: 1-based line and column.
   *
   * @param offset a 0-based offset; outside the text, its nearest end
   * @param hint a 0-based line the offset is likely on, checked first; -1 for none
   * @return the location
   */
  public SourceLocation locate(int offset, int hint) {
    int clamped = clamp(offset);
    int line = lineOf(clamped, hint);
    return SourceLocation.of(line + 1, clamped - starts[line] + 1, clamped);
  }

  /**
   * The location of an offset: 1-based line and column.
   *
   * @param offset a 0-based offset; outside the text, its nearest end
   * @return the location
   */
  public SourceLocation locate(int offset) {
    return locate(offset, -1);
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, length));
  }
}
