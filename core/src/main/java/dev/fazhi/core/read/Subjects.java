package dev.fazhi.core.read;

/**
 * What a figure counts: the words of its clause before its number ({@code 办理行政复议案件} of
 * {@code 办理行政复议案件5件}), without the filler words at their ends ({@code 共计}, {@code 分别为}), or the
 * words after its unit when none stand before ({@code 2篇论文}).
 */
final class Subjects {

  /** The longest subject before a count kept in its quote. */
  static final int MAX_SUBJECT = 30;

  private Subjects() {}

  /** The name of a part: the words before its number, or after its unit when none stand before. */
  static String partName(ParagraphView v, NumberToken t) {
    String text = v.text;
    // the range as packed ints, not a Range: C1 does no escape analysis and would allocate each
    // trimmed on the folded array: fillers and white space hold no character that folds or is folded to
    char[] a = v.foldedChars();
    long range = trimmedPacked(a, text.length(), t.clauseStart, t.start);
    int from = (int) (range >>> 32);
    int to = (int) range;
    if (to - from >= 2 && a[from] == '其' && a[from + 1] == '中') {
      range = trimmedPacked(a, text.length(), from + 2, to);
      from = (int) (range >>> 32);
      to = (int) range;
    }
    String before = text.substring(from, to);
    if (before.length() >= 2) {
      return before;
    }
    String after = text.substring(t.end, v.clauseEnd(t.end)).strip();
    return after.isEmpty() ? before : after;
  }

  /** What a figure counts: the words of its clause before it, or after it when none stand before. */
  static String subject(ParagraphView v, NumberToken t) {
    String name = partName(v, t);
    return name.length() > MAX_SUBJECT ? name.substring(name.length() - MAX_SUBJECT) : name;
  }

  /** How many characters two texts share at their ends. */
  static int commonSuffix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length()
        && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
      n++;
    }
    return n;
  }

  /**
   * What {@link #trimFillers} leaves of {@code text.substring(from, to)}, as a range of the text. The
   * finders' loops use {@link #trimmedPacked} on the paragraph's array instead, which allocates
   * nothing.
   */
  static Range trimmed(String text, int from, int to) {
    long packed = trimmedPacked(text.toCharArray(), text.length(), from, to);
    return new Range((int) (packed >>> 32), (int) packed);
  }

  /**
   * The scan of {@link #trimmed} on a text given as the first {@code n} characters of an array (a
   * paragraph's folded characters: fillers and white space hold no character that folds or is folded
   * to, so the range is the text's): the start in the high and the end in the low 32 bits, so that the
   * figure finders allocate no {@link Range} per look (C1 does no escape analysis).
   */
  static long trimmedPacked(char[] a, int n, int from, int to) {
    int f = from;
    int t = to;
    while (f < t && isWhitespace(a[f])) {
      f++;
    }
    while (t > f && isWhitespace(a[t - 1])) {
      t--;
    }
    WordTable before = FigurePatterns.SUBJECT_FILLERS_BEFORE;
    WordTable after = FigurePatterns.SUBJECT_FILLERS_AFTER;
    boolean changed = true;
    while (changed && f < t) {
      changed = false;
      String head = before.longestAt(a, t, f);
      if (head != null && head.length() < t - f) {
        f += head.length();
        while (f < t && isWhitespace(a[f])) {
          f++;
        }
        changed = true;
      }
      String tail = after.longestEndingAt(a, n, t, f);
      if (tail != null && tail.length() < t - f) {
        t -= tail.length();
        while (t > f && isWhitespace(a[t - 1])) {
          t--;
        }
        changed = true;
      }
    }
    return (long) f << 32 | t;
  }

  /**
   * {@link Character#isWhitespace(char)}, answered for every unit above U+3000 (CJK, full-width forms:
   * none is white space; the last white space is U+3000 itself) by one comparison, without the JDK's
   * character tables, which the client compiler reaches through a virtual call per character.
   */
  static boolean isWhitespace(char c) {
    return c <= '\u3000' && Character.isWhitespace(c);
  }

  /** A subject without the filler words at its ends ({@code 共计}, {@code 分别为}) and spaces. */
  static String trimFillers(String s) {
    return trimmed(s, 0, s.length()).of(s);
  }
}
