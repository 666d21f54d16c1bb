package dev.fazhi.core.read;

/**
 * Where a figure's quote starts and ends: a short stretch of the paragraph (at most
 * {@value #MAX_QUOTE} characters) that holds the figure's own words, cut at clause separators so that
 * no number is cut in two.
 */
final class Quotes {

  /** The longest quote of a figure: a short stretch that still holds the figure's own words. */
  static final int MAX_QUOTE = 60;

  private Quotes() {}

  /** Where the quote of a number's figure starts: its subject, at most {@link Subjects#MAX_SUBJECT} back. */
  static int start(NumberToken t) {
    return Math.max(t.clauseStart, t.start - Subjects.MAX_SUBJECT);
  }

  /**
   * The quote of a stretch, stripped: {@code text.substring(from, to).strip()}, with the white space at
   * its ends found first, so that one string is made, not two when it has any (no supplementary
   * character is white space, so looking at UTF-16 units finds what {@code strip} finds).
   */
  static String quote(ParagraphView v, int from, int to) {
    String text = v.text;
    char[] a = v.textChars;
    int f = from;
    int t = Math.min(to, text.length());
    while (f < t && Subjects.isWhitespace(a[f])) {
      f++;
    }
    while (t > f && Subjects.isWhitespace(a[t - 1])) {
      t--;
    }
    return text.substring(f, t);
  }

  /**
   * The end of a quote that keeps its start: the whole stretch when it is short, else cut after the
   * last clause separator that leaves {@code keep} (the end of the figure's first number) inside and the
   * quote within {@link #MAX_QUOTE}, so that no number is cut in two.
   */
  static int headEnd(ParagraphView v, int from, int to, int keep) {
    String text = v.text;
    char[] a = v.textChars;
    int end = Math.min(to, text.length());
    if (end - from <= MAX_QUOTE) {
      return end;
    }
    int limit = from + MAX_QUOTE;
    for (int k = limit - 1; k >= keep; k--) {
      if (CharClasses.isClauseBoundary(a[k])) {
        return k;
      }
    }
    return Math.max(keep, safeCut(a, text.length(), limit));
  }

  /**
   * The start of a quote that keeps its end: the whole stretch when it is short, else just after the
   * first clause separator that leaves {@code keep} (the start of the clause of the figure's last
   * number, such as {@code 处罚率46.2%}) inside and the quote within {@link #MAX_QUOTE}.
   */
  static int tailStart(ParagraphView v, int from, int to, int keep) {
    String text = v.text;
    char[] a = v.textChars;
    int end = Math.min(to, text.length());
    if (end - from <= MAX_QUOTE) {
      return from;
    }
    int first = end - MAX_QUOTE;
    // a whole sentence if one ends in the window, else the first whole clause
    for (int pass = 0; pass < 2; pass++) {
      for (int k = first; k < keep; k++) {
        char ch = a[k];
        if (pass == 0 ? CharClasses.SENTENCE_END.indexOf(ch) >= 0 : CharClasses.isClauseBoundary(ch)) {
          int start = k + 1;
          while (start < keep && a[start] == ' ') {
            start++;
          }
          return start;
        }
      }
    }
    return Math.min(keep, safeCut(a, text.length(), first));
  }

  /**
   * What the end of a relation's quote must keep: the clause of its first own number when that fits in
   * a quote ending at the percentage, else the clause of the percentage.
   */
  static int keepFrom(NumberToken own, NumberToken percent) {
    return percent.end - own.clauseStart <= MAX_QUOTE ? own.clauseStart : percent.clauseStart;
  }

  /** A cut position that does not split a surrogate pair of the first {@code n} characters of an array. */
  private static int safeCut(char[] a, int n, int at) {
    return at > 0 && at < n && Character.isLowSurrogate(a[at]) ? at - 1 : at;
  }
}
