package dev.fazhi.core.read;

import dev.fazhi.core.model.SourceLines;
import dev.fazhi.core.model.SourceLocation;

/**
 * The decoded text a report is read from, with its lines ({@link SourceLines}), to turn offsets into
 * locations. Not thread-safe: each reading makes its own.
 */
final class SourceText {

  private final String text;
  /** The characters of {@link #text}, which the scanners read faster than the string. Never written. */
  private final char[] chars;
  /** False when no character of the text is one that folding changes. */
  private final boolean foldable;
  private final SourceLines lines;
  /** Each line's count of characters that are not plain ({@link CheckedText#oddCounts}), or null. */
  private final int[] oddCounts;
  /** The line of the last offset located: the next is most often on it or after it. Per reading. */
  private int lastLine;
  /** Room to copy a paragraph's characters into, reused through one reading. */
  private char[] scratch = new char[256];

  /**
   * A source text as it is, unchecked: its lines found by {@link SourceLines#of(String)}, its paragraphs
   * always folded.
   *
   * @param text the text
   */
  SourceText(String text) {
    this.text = text;
    this.chars = text.toCharArray();
    this.foldable = true;
    this.lines = SourceLines.of(text);
    this.oddCounts = null;
  }

  /**
   * A source text checked by the reader, with the characters, lines and folding its check found.
   *
   * @param checked the checked text
   */
  SourceText(CheckedText checked) {
    this.text = checked.text;
    this.chars = checked.chars;
    this.foldable = checked.foldable;
    this.lines = checked.lines;
    this.oddCounts = checked.oddCounts;
  }

  /**
   * Whether a character of the text may be one that {@link CharClasses#fold(char)} changes: when not,
   * no paragraph needs folding.
   */
  boolean foldable() {
    return foldable;
  }

  /**
   * The characters of a paragraph, copied into an array reused through this reading: valid until the
   * next call.
   *
   * <p>A paragraph that stands in the source as it is (one cleaned line, or a stretch of one) is copied
   * from the source's characters by {@code System.arraycopy}, which both compilers turn into a block
   * copy; a paragraph cleaned or joined from several lines is copied from its string.
   *
   * @param paragraph the paragraph, mapped to this source
   * @return an array whose first {@code paragraph.length()} characters are the paragraph's
   */
  char[] charsOf(MappedText paragraph) {
    int n = paragraph.length();
    if (scratch.length < n) {
      scratch = new char[Math.max(n, scratch.length * 2)];
    }
    int base = paragraph.contiguousBase();
    if (base >= 0 && base + n <= text.length()) {
      System.arraycopy(chars, base, scratch, 0, n);
    } else {
      paragraph.text().getChars(0, n, scratch, 0);
    }
    return scratch;
  }

  String text() {
    return text;
  }

  /**
   * Whether a line trimmed of the spaces at its ends is one plain run: what
   * {@code LineCleaner.plainRunEnd(chars(), from, to) == to} answers. A checked text knows each line's
   * count of characters that are not plain, and every space is one, so the line is plain when the
   * spaces cut from its ends are all of them: no look at its characters.
   *
   * @param line a 0-based line
   * @param from where the line starts after its leading spaces
   * @param to where it ends before its trailing spaces
   * @return whether every character from {@code from} to {@code to} is plain
   */
  boolean isPlainRun(int line, int from, int to) {
    if (oddCounts == null) {
      return LineCleaner.plainRunEnd(chars, from, to) == to;
    }
    return oddCounts[line] == (from - lines.start(line)) + (lines.end(line) - to);
  }

  /** The characters of the text: read them, never write them. */
  char[] chars() {
    return chars;
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
