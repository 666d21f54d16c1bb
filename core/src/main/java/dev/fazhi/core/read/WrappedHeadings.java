package dev.fazhi.core.read;

import java.util.ArrayList;

/**
 * Joins a numbered heading that a PDF broke at the page width back into one line:
 * {@code 二、坚持严格规范公正文明执法，全面提升行政执法} / {@code 质量和效能} reads as the one heading it was.
 *
 * <p>The rule, in a text laid out at a page width ({@link PrintedLayout#pageWidth}) only: a line that opens
 * with a heading label, has no full stop and is as long as the page, is continued by the next content line
 * when that line is the heading's tail:
 * <ul>
 *   <li>it has no label, is no table cell, and was not indented in the source (a paragraph starts
 *       indented; a wrapped line starts at the margin);
 *   <li>its first sentence, up to a full stop or its end, is at most {@value #MAX_TAIL} characters and
 *       holds no comma or other clause mark (a heading's remainder, not a sentence of the body);
 *   <li>when it has no full stop, it is shorter than the page (a line as long as the page is body text
 *       running on).
 * </ul>
 * A short heading followed by a paragraph is never touched: it does not reach the page width. What
 * follows the tail's full stop on the same line stays the section's body, as for any heading that runs
 * on into body text. Linear: each heading looks ahead only over the blank and noise lines up to the
 * next content line.
 */
final class WrappedHeadings {

  /** The longest tail of a wrapped heading. */
  static final int MAX_TAIL = 20;

  private WrappedHeadings() {}

  /**
   * The lines with each wrapped heading joined: the heading's line holds the heading whole, its tail's
   * line is left blank (so that line indexes stay as they were).
   *
   * @param lines the cleaned lines
   * @param skipped lines taken for the title, the signature and the date
   * @param tableCells for each line, whether it is a table cell
   * @param pageWidth the page width, or 0 for a text that was never laid out on a page
   * @param source the source text, for the indentation of a line
   * @return the lines, the same list when nothing was joined
   */
  static ArrayList<CleanLine> join(ArrayList<CleanLine> lines, SkippedLines skipped, boolean[] tableCells,
      int pageWidth, SourceText source) {
    if (pageWidth <= 0) {
      return lines;
    }
    int full = pageWidth - PrintedLayout.WIDTH_SLACK;
    ArrayList<CleanLine> out = null;
    for (int i = 0; i < lines.size(); i++) {
      CleanLine line = lines.get(i);
      if (line.length() < full || !isContent(lines, skipped, i) || tableCells[i]
          || line.string().indexOf('。') >= 0 || line.text().label() == null) {
        continue; // most lines: the length gate first
      }
      int next = i + 1;
      while (next < lines.size() && (lines.get(next).isBlank() || lines.get(next).noise() != null)) {
        next++;
      }
      if (next >= lines.size() || skipped.contains(next) || tableCells[next]
          || !isTail(lines.get(next), full, source)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(lines);
      }
      MappedText joined = new MappedText.Builder(line.length() + lines.get(next).length())
          .append(line.text()).append(lines.get(next).text()).build();
      out.set(i, new CleanLine(joined, line.lineIndex(), null));
      out.set(next, new CleanLine(lines.get(next).text().sub(0, 0), lines.get(next).lineIndex(), null));
      i = next;
    }
    return out == null ? lines : out;
  }

  private static boolean isContent(ArrayList<CleanLine> lines, SkippedLines skipped, int i) {
    CleanLine line = lines.get(i);
    return !line.isBlank() && line.noise() == null && !skipped.contains(i);
  }

  /** Whether a line can be the rest of a heading broken at the page width. */
  static boolean isTail(CleanLine line, int full, SourceText source) {
    String s = line.string();
    if (line.text().label() != null || indented(line, source)) {
      return false;
    }
    int stop = OutlineBuilder.headingEnd(s);
    int end = stop < 0 ? s.length() : stop;
    if (end == 0 || end > MAX_TAIL || (stop < 0 && s.length() >= full)) {
      return false;
    }
    for (int k = 0; k < end; k++) {
      char c = s.charAt(k);
      if (CharClasses.isClauseBoundary(c) && c != '（' && c != '）' && c != '(' && c != ')') {
        return false;
      }
    }
    return true;
  }

  /** Whether the source line had spaces before its text: the first line of a paragraph. */
  private static boolean indented(CleanLine line, SourceText source) {
    if (line.lineIndex() < 0 || line.lineIndex() >= source.lineCount()) {
      return false;
    }
    int start = source.lineStart(line.lineIndex());
    int first = line.text().offsetAt(0);
    String text = source.text();
    for (int k = start; k < first && k < text.length(); k++) {
      if (CharClasses.isSpace(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
