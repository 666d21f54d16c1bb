package dev.fazhi.core.read;

/**
 * The name a percentage is stated for ({@code 处罚率} in {@code 处罚率46.2 %}, {@code 处罚率：25%},
 * {@code 化解率达到96.8%}), and whether a completion rate follows a number in its sentence.
 */
final class RateNames {

  private RateNames() {}

  /** The name of the rate a percentage is stated for, or null when the words before it end in no 率. */
  static String of(ParagraphView v, NumberToken p) {
    String text = v.text;
    char[] a = v.textChars; // text.charAt(k), read from an array
    int end = p.numberStart;
    int clauseStart = p.clauseStart;
    while (end > clauseStart && a[end - 1] == ' ') {
      end--;
    }
    if (end == clauseStart && end > 0 && (a[end - 1] == '：' || a[end - 1] == ':')) {
      end--; // 处罚率：25%
      clauseStart = end;
      while (clauseStart > p.sentenceStart && end - clauseStart < NumberScanner.MAX_CLAUSE
          && !CharClasses.isClauseBoundary(a[clauseStart - 1])) {
        clauseStart--;
      }
    }
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      String link = v.foldedEndingWith(FigurePatterns.RATE_LINKS, end);
      if (link != null && end - link.length() >= clauseStart) {
        end -= link.length();
        stripped = true;
      }
    }
    if (end <= clauseStart || a[end - 1] != '率') {
      return null;
    }
    return text.substring(clauseStart, end).strip();
  }

  /** Whether a completion rate follows in the sentence: the counts are a task completion, no subset. */
  static boolean completionRateFollows(ParagraphView v, int index) {
    NumberToken from = v.tokens.get(index);
    for (int k = index + 1; k < v.tokens.size() && k <= index + ParagraphView.LOOK_BACK_TOKENS; k++) {
      NumberToken t = v.tokens.get(k);
      if (!v.sameSentence(from, t)) {
        return false;
      }
      if (t.type == NumberToken.Type.PERCENT) {
        String name = of(v, t);
        FigurePatterns.RateEntry entry = name == null ? null : FigurePatterns.rate(name);
        return entry != null && entry.kind() == FigurePatterns.RateKind.TASK_COMPLETION;
      }
    }
    return false;
  }
}
