package dev.fazhi.core.read;

import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One paragraph as the figure finders see it: its text, its numbers in order and the words around them,
 * and the figures found so far. Look-backs are bounded by the constants here, so that every finder is
 * linear in the paragraph.
 */
final class FigureContext {

  /** The most numbers a rate or a breakdown looks back over. */
  static final int LOOK_BACK_TOKENS = 10;

  /** The longest stretch a relation between figures may span. */
  static final int LOOK_BACK_CHARS = 400;

  /** The most parts a breakdown lists; a longer list is no breakdown the reader can vouch for. */
  static final int MAX_PARTS = 40;

  /** The longest subject before a count kept in its quote. */
  static final int MAX_SUBJECT = 30;

  /** The longest quote of a figure: a short stretch that still holds the figure's own words. */
  static final int MAX_QUOTE = 60;

  final MappedText paragraph;
  final SourceText source;
  final String text;
  final String folded;
  final List<NumberToken> tokens;
  private final List<Placed> out = new ArrayList<>();

  /** A figure found; {@code count} is the number a plain count stands for, null for a relation. */
  private record Placed(int start, int order, Figure figure, NumberToken count) {}

  private static final Comparator<Placed> BY_POSITION = (a, b) -> a.start != b.start
      ? Integer.compare(a.start, b.start) : Integer.compare(a.order, b.order);

  FigureContext(MappedText paragraph, SourceText source) {
    this.paragraph = paragraph;
    this.source = source;
    this.text = paragraph.text();
    char[] chars = source.charsOf(text);
    int n = text.length();
    this.folded = Chars.foldInPlace(chars, n) ? new String(chars, 0, n) : text;
    this.tokens = NumberScanner.scanFolded(folded, chars);
  }

  /** Adds a figure whose quote starts at a position; relations (order 0) before counts (order 1). */
  void place(int quoteStart, int order, Figure figure) {
    out.add(new Placed(quoteStart, order, figure, null));
  }

  /** Adds a plain count or amount of a number; dropped if a checkable figure uses the number. */
  void placeCount(int quoteStart, Figure figure, NumberToken number) {
    out.add(new Placed(quoteStart, 1, figure, number));
  }

  /** Marks numbers as used by a checkable figure: they are not repeated as plain counts. */
  void use(NumberToken... numbers) {
    for (NumberToken number : numbers) {
      if (number != null) {
        number.used = true;
      }
    }
  }

  /** The location in the source of a position in the paragraph. */
  SourceLocation locate(int position) {
    return source.locate(paragraph.offsetAt(position));
  }

  /** The figures found, in the order they stand. */
  List<Figure> figures() {
    out.sort(BY_POSITION);
    List<Figure> figures = new ArrayList<>(out.size());
    for (Placed p : out) {
      if (p.count() == null || !p.count().used) {
        figures.add(p.figure());
      }
    }
    return figures;
  }

  /** The clause a number stands in, up to the number. */
  String clause(NumberToken t) {
    return text.substring(t.clauseStart, t.start);
  }

  /**
   * Whether the clause a number stands in holds a word before the number: {@code clause(t).contains(w)}
   * without making the clause (a clause is at most {@value NumberScanner#MAX_CLAUSE} characters).
   */
  boolean clauseContains(NumberToken t, String word) {
    int last = t.start - word.length();
    char first = word.charAt(0);
    for (int k = t.clauseStart; k <= last; k++) {
      if (text.charAt(k) == first && text.startsWith(word, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause a number stands in holds any of the words before the number. */
  boolean clauseContainsAny(NumberToken t, List<String> words) {
    for (String word : words) {
      if (clauseContains(t, word)) {
        return true;
      }
    }
    return false;
  }

  boolean sameSentence(NumberToken a, NumberToken b) {
    return a.sentenceStart == b.sentenceStart && b.start - a.end <= LOOK_BACK_CHARS;
  }

  int clauseEnd(int from) {
    int k = from;
    while (k < text.length() && !Chars.isClauseBoundary(text.charAt(k)) && k - from < 60) {
      k++;
    }
    return k;
  }

  /** The end of an item with the name that follows it: {@code 2篇论文}. */
  int itemEnd(NumberToken t) {
    if (t.start > t.clauseStart && !text.substring(t.clauseStart, t.start).isBlank()
        && !text.substring(t.clauseStart, t.start).strip().equals("其中")) {
      return t.end;
    }
    return clauseEnd(t.end);
  }

  /** The name of a part: the words before its number, or after its unit when none stand before. */
  String partName(NumberToken t) {
    long range = trimmedRange(text, t.clauseStart, t.start);
    int from = (int) (range >>> 32);
    int to = (int) range;
    if (to - from >= 2 && text.startsWith("其中", from)) {
      range = trimmedRange(text, from + 2, to);
      from = (int) (range >>> 32);
      to = (int) range;
    }
    String before = text.substring(from, to);
    if (before.length() >= 2) {
      return before;
    }
    String after = text.substring(t.end, clauseEnd(t.end)).strip();
    return after.isEmpty() ? before : after;
  }

  /** What a figure counts: the words of its clause before it, or after it when none stand before. */
  String subject(NumberToken t) {
    String name = partName(t);
    return name.length() > MAX_SUBJECT ? name.substring(name.length() - MAX_SUBJECT) : name;
  }

  int quoteStart(NumberToken t) {
    return Math.max(t.clauseStart, t.start - MAX_SUBJECT);
  }

  String quote(int from, int to) {
    return text.substring(from, Math.min(to, text.length())).strip();
  }

  /**
   * The end of a quote that keeps its start: the whole stretch when it is short, else cut after the
   * last clause separator that leaves {@code keep} (the end of the figure's first number) inside and the
   * quote within {@link #MAX_QUOTE}, so that no number is cut in two.
   */
  int headQuoteEnd(int from, int to, int keep) {
    int end = Math.min(to, text.length());
    if (end - from <= MAX_QUOTE) {
      return end;
    }
    int limit = from + MAX_QUOTE;
    for (int k = limit - 1; k >= keep; k--) {
      if (Chars.isClauseBoundary(text.charAt(k))) {
        return k;
      }
    }
    return Math.max(keep, safeCut(limit));
  }

  /**
   * The start of a quote that keeps its end: the whole stretch when it is short, else just after the
   * first clause separator that leaves {@code keep} (the start of the clause of the figure's last
   * number, such as {@code 处罚率46.2%}) inside and the quote within {@link #MAX_QUOTE}.
   */
  int tailQuoteStart(int from, int to, int keep) {
    int end = Math.min(to, text.length());
    if (end - from <= MAX_QUOTE) {
      return from;
    }
    int first = end - MAX_QUOTE;
    // a whole sentence if one ends in the window, else the first whole clause
    for (int pass = 0; pass < 2; pass++) {
      for (int k = first; k < keep; k++) {
        char ch = text.charAt(k);
        if (pass == 0 ? Chars.SENTENCE_END.indexOf(ch) >= 0 : Chars.isClauseBoundary(ch)) {
          int start = k + 1;
          while (start < keep && text.charAt(start) == ' ') {
            start++;
          }
          return start;
        }
      }
    }
    return Math.min(keep, safeCut(first));
  }

  /**
   * What the end of a relation's quote must keep: the clause of its first own number when that fits in
   * a quote ending at {@code end}, else the clause of the percentage.
   */
  int keepFrom(NumberToken own, NumberToken percent) {
    return percent.end - own.clauseStart <= MAX_QUOTE ? own.clauseStart : percent.clauseStart;
  }

  /** A cut position that does not split a surrogate pair. */
  private int safeCut(int at) {
    return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
  }

  /** The index of the first number at or after a position (binary search), or -1. */
  int firstTokenFrom(int position) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < tokens.size() ? lo : -1;
  }

  /** The name of the rate a percentage is stated for: {@code 处罚率} in {@code 处罚率46.2 %}. */
  String rateName(NumberToken p) {
    int end = p.numberStart;
    int clauseStart = p.clauseStart;
    while (end > clauseStart && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == clauseStart && end > 0 && (text.charAt(end - 1) == '：' || text.charAt(end - 1) == ':')) {
      end--; // 处罚率：25%
      clauseStart = end;
      while (clauseStart > p.sentenceStart && end - clauseStart < NumberScanner.MAX_CLAUSE
          && !Chars.isClauseBoundary(text.charAt(clauseStart - 1))) {
        clauseStart--;
      }
    }
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      String link = FigurePatterns.endingWith(folded, end, FigurePatterns.RATE_LINKS);
      if (link != null && end - link.length() >= clauseStart) {
        end -= link.length();
        stripped = true;
      }
    }
    if (end <= clauseStart || text.charAt(end - 1) != '率') {
      return null;
    }
    return text.substring(clauseStart, end).strip();
  }

  /** Whether a completion rate follows in the sentence: the counts are a task completion, no subset. */
  boolean completionRateFollows(int index) {
    NumberToken from = tokens.get(index);
    for (int k = index + 1; k < tokens.size() && k <= index + LOOK_BACK_TOKENS; k++) {
      NumberToken t = tokens.get(k);
      if (!sameSentence(from, t)) {
        return false;
      }
      if (t.type == NumberToken.Type.PERCENT) {
        String name = rateName(t);
        FigurePatterns.RateEntry entry = name == null ? null : FigurePatterns.rate(name);
        return entry != null && entry.kind() == FigurePatterns.RateKind.TASK_COMPLETION;
      }
    }
    return false;
  }

  static int commonSuffix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length()
        && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
      n++;
    }
    return n;
  }

  /**
   * What {@link #trimFillers} leaves of {@code text.substring(from, to)}, as a range of the text:
   * the start in the high and the end in the low 32 bits. Makes no string.
   */
  static long trimmedRange(String text, int from, int to) {
    int f = from;
    int t = to;
    while (f < t && Character.isWhitespace(text.charAt(f))) {
      f++;
    }
    while (t > f && Character.isWhitespace(text.charAt(t - 1))) {
      t--;
    }
    WordTable before = FigurePatterns.SUBJECT_FILLERS_BEFORE;
    WordTable after = FigurePatterns.SUBJECT_FILLERS_AFTER;
    boolean changed = true;
    while (changed && f < t) {
      changed = false;
      String head = before.longestAt(text, f, t);
      if (head != null && head.length() < t - f) {
        f += head.length();
        while (f < t && Character.isWhitespace(text.charAt(f))) {
          f++;
        }
        changed = true;
      }
      String tail = after.longestEndingAt(text, t, f);
      if (tail != null && tail.length() < t - f) {
        t -= tail.length();
        while (t > f && Character.isWhitespace(text.charAt(t - 1))) {
          t--;
        }
        changed = true;
      }
    }
    return (long) f << 32 | t;
  }

  /** A subject without the filler words at its ends ({@code 共计}, {@code 分别为}) and spaces. */
  static String trimFillers(String s) {
    long range = trimmedRange(s, 0, s.length());
    return s.substring((int) (range >>> 32), (int) range);
  }
}
