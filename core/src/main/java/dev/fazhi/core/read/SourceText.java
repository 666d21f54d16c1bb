package dev.fazhi.core.read;

import dev.fazhi.core.model.SourceLines;
import dev.fazhi.core.model.SourceLocation;

/**
 * The decoded text a report is read from, with its lines ({@link SourceLines}), to turn offsets into
 * locations. Not thread-safe: each reading makes its own.
 */
final class SourceText {

  private final String text;
  private final SourceLines lines;
  /** The line of the last offset located: the next is most often on it or after it. Per reading. */
  private int lastLine;
  /** Room to copy a paragraph's characters into, reused through one reading. */
  private char[] scratch = new char[256];

  SourceText(String text) {
    this.text = text;
    this.lines = SourceLines.of(text);
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
    return lines.count();
  }

  /** Start offset of a 0-based line. */
  int lineStart(int line) {
    return lines.start(line);
  }

  /** End offset (exclusive, before the line break) of a 0-based line. */
  int lineEnd(int line) {
    return lines.end(line);
  }

  /**
   * The location of an offset.
   *
   * @param offset the 0-based offset
   * @return the location, with 1-based line and column
   */
  SourceLocation locate(int offset) {
    SourceLocation location = lines.locate(offset, lastLine);
    lastLine = location.getLine() - 1;
    return location;
  }
}
