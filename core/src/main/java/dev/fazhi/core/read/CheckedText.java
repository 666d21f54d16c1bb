package dev.fazhi.core.read;

import dev.fazhi.core.Reason;
import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.SourceLines;
import java.util.Arrays;

/**
 * A decoded text, checked for binary and empty content ({@link TextDecoder#checkText}'s checks) in one
 * pass over its characters, copied out once: the reader reads on from that array. The same pass finds
 * the text's lines and whether any of its characters is one that {@link CharClasses#fold(char)} changes,
 * so that neither needs a pass of its own (under the client compiler a pass over a Chinese string costs
 * a call and two index checks per character, a pass over an array a fraction of that).
 */
final class CheckedText {

  /** The text without byte-order mark. */
  final String text;
  /** The characters of {@link #text}, possibly followed by unused room; never written. */
  final char[] chars;
  /** The lines of {@link #text}, as {@link SourceLines#of(String)} finds them. */
  final SourceLines lines;
  /** Whether a character of the text is one that folding changes (most texts have none). */
  final boolean foldable;
  /**
   * For each line, how many of its characters are not {@link CharClasses#isPlainInLine plain}: spaces,
   * invisible and control characters, the first characters of inline residue. A line whose odd
   * characters are all in the spaces at its ends is one plain run ({@link LineCleaner#plainRunEnd}).
   */
  final int[] oddCounts;

  private int[] starts;
  private int[] ends;
  private int[] odds;
  private int count;

  private CheckedText(String text, char[] chars, String source) {
    this.text = text;
    int n = text.length();
    this.chars = chars;
    this.starts = new int[Math.max(16, n / 32)]; // report lines are paragraphs: rarely shorter
    this.ends = new int[starts.length];
    this.odds = new int[starts.length];
    this.foldable = scan(source);
    this.lines = SourceLines.of(n, starts, ends, count);
    this.oddCounts = odds;
    this.starts = null;
    this.ends = null;
    this.odds = null;
  }

  /**
   * Checks a decoded text: strips a leading byte-order mark, refuses binary and empty text.
   *
   * @param decoded the text
   * @param source the source name for errors
   * @return the checked text, without byte-order mark
   * @throws ReportFormatException if the text is binary or empty
   */
  static CheckedText of(String decoded, String source) {
    String text = TextDecoder.withoutBom(decoded);
    return new CheckedText(text, text.toCharArray(), source);
  }

  /**
   * Checks a decoded text as {@link #of(String, String)} does, reading the characters it was decoded
   * into instead of a copy of them.
   *
   * @param decoded the text and its characters
   * @param source the source name for errors
   * @return the checked text, without byte-order mark
   * @throws ReportFormatException if the text is binary or empty
   */
  static CheckedText of(DecodedText decoded, String source) {
    String text = decoded.text();
    if (text.startsWith("\uFEFF")) { // rare: its characters start one later
      return of(text, source);
    }
    return new CheckedText(text, decoded.chars(), source);
  }

  /**
   * The one pass: the checks, the line ends, each line's odd characters, and whether any character
   * folds. Every test below is rarely true for a Chinese text but the first, which is true for most of
   * its characters and answers them with one more comparison.
   */
  private boolean scan(String source) {
    char[] a = chars;
    int n = text.length();
    int controls = 0;
    long fullWidth = 0; // bit k: U+FF05 + k seen, for k < 64 (see foldsAbove)
    boolean folds = false;
    int lineStart = 0;
    int odd = 0;
    for (int i = 0; i < n; i++) {
      char c = a[i];
      if (c > '\u3000') { // CJK, full-width forms: plain, but the byte-order mark
        if (c >= '\uFEFF') {
          if (c == '\uFEFF') {
            odd++;
          } else if (c >= '\uFF05') { // full-width forms (every folded one is one), non-characters
            if (c >= '\uFFFE') {
              throw new ReportFormatException(source, Reason.of("binary"));
            }
            // CharClasses.foldsAbove(c) written out: at 41 bytes it is too large for the client
            // compiler to inline, and a call here (one character in twenty: ，：；（）) spills the
            // loop's registers. The characters seen are gathered as bits and tested once at the end.
            if (c < '\uFF05' + 64) {
              fullWidth |= 1L << (c - '\uFF05');
            } else if (c == '～') {
              folds = true;
            }
          }
        }
      } else if (c < 0x20) {
        if (c == '\n' || c == '\r') {
          if (c == '\r' || i == 0 || a[i - 1] != '\r') { // the \n of \r\n ends no second line
            if (count == starts.length) {
              grow();
            }
            starts[count] = lineStart; // addLine written out: too large to inline
            ends[count] = i;
            odds[count] = odd;
            count++;
          }
          lineStart = i + 1;
          odd = 0;
        } else if (c == 0) {
          throw new ReportFormatException(source, Reason.of("binary"));
        } else {
          odd++; // every other control is odd, a space (tab, form feed, vertical tab) or not
          if (c != '\t' && c != '\f') {
            controls++;
          }
        }
      } else if (c == ' ' || (CharClasses.classes(c) & CharClasses.RAW_SPECIAL) != 0) {
        odd++; // !CharClasses.isPlainInLine(c) for c up to U+3000, written out: too large to inline
      }
    }
    folds |= CharClasses.anyFoldsAbove(fullWidth);
    addLine(lineStart, n, odd);
    if (controls > 8 && controls * 100L > n) {
      throw new ReportFormatException(source, Reason.of("binary"));
    }
    if (!hasContent(a, n)) {
      throw new ReportFormatException(source, Reason.of("empty"));
    }
    return folds;
  }

  private void addLine(int start, int end, int oddCount) {
    if (count == starts.length) {
      grow();
    }
    starts[count] = start;
    ends[count] = end;
    odds[count] = oddCount;
    count++;
  }

  private void grow() {
    starts = Arrays.copyOf(starts, count * 2);
    ends = Arrays.copyOf(ends, count * 2);
    odds = Arrays.copyOf(odds, count * 2);
  }

  /** Whether the text holds a character that is no space, line break or control. */
  private static boolean hasContent(char[] a, int n) {
    for (int i = 0; i < n; i++) {
      char c = a[i];
      if (c >= 0x20 && !CharClasses.isSpace(c)) { // below 0x20: line breaks, tabs or controls
        return true;
      }
    }
    return false;
  }
}
