package dev.fazhi.core.read;

import dev.fazhi.core.model.SourceLocation;
import java.util.Arrays;

/**
 * The decoded text a report is read from, with its line starts, to turn offsets into locations. Not
 * thread-safe: each reading makes its own.
 */
final class SourceText {

  private final String text;
  private final int[] lineStarts;
  private final int[] lineEnds;
  private final int lineCount;
  /** The line of the last offset located: the next is most often on it or after it. Per reading. */
  private int lastLine;
  /** Room to copy a paragraph's characters into, reused through one reading. */
  private char[] scratch = new char[256];

  SourceText(String text) {
    this.text = text;
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
    this.lineStarts = starts;
    this.lineEnds = ends;
    this.lineCount = count;
  }

  /**
   * The characters of a paragraph, copied into an array reused through this reading: valid until the
   * next call.
   *
   * @param paragraph the paragraph text
   * @return an array whose first {@code paragraph.length()} characters are the paragraph's
   */
  char[] charsOf(String paragraph) {
    int n = paragraph.length();
    if (scratch.length < n) {
      scratch = new char[Math.max(n, scratch.length * 2)];
    }
    paragraph.getChars(0, n, scratch, 0);
    return scratch;
  }

  String text() {
    return text;
  }

  int lineCount() {
    return lineCount;
  }

  /** Start offset of a 0-based line. */
  int lineStart(int line) {
    return lineStarts[line];
  }

  /** End offset (exclusive, before the line break) of a 0-based line. */
  int lineEnd(int line) {
    return lineEnds[line];
  }

  /**
   * The location of an offset.
   *
   * @param offset the 0-based offset
   * @return the location, with 1-based line and column
   */
  SourceLocation locate(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int last = lastLine;
    if (lineStarts[last] <= clamped && (last + 1 == lineCount || lineStarts[last + 1] > clamped)) {
      return SourceLocation.of(last + 1, clamped - lineStarts[last] + 1, clamped);
    }
    int lo = 0;
    int hi = lineCount - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= clamped) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    lastLine = lo;
    return SourceLocation.of(lo + 1, clamped - lineStarts[lo] + 1, clamped);
  }
}
