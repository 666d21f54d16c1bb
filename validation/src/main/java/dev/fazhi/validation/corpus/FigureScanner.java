package dev.fazhi.validation.corpus;

import java.math.BigDecimal;
import dev.fazhi.validation.internal.Digits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds, in one paragraph, the figures it states for a subject ({@code 办理行政复议案件120件}) and the
 * changes on the previous year it states for them ({@code ，同比增长8.1%}, {@code 较上年增加37件},
 * {@code 同比下降2.4个百分点}). Approximate figures ({@code 近2200家}, {@code 500余人次}) are skipped: no
 * change can be checked against them.
 *
 * <p>One pass over the text plus a bounded look back from each number to its clause's start: linear in
 * the paragraph's length. Stateless and thread-safe.
 */
final class FigureScanner {

  /** Units of a figure, longest first so that 人次 wins over 人. */
  static final List<String> UNITS = List.of("个百分点", "人次", "万元", "亿元", "小时", "万人", "元", "件", "个", "次",
      "人", "家", "项", "份", "场", "起", "条", "名", "篇", "期", "宗", "户", "所", "批", "部", "套", "台", "天",
      "%", "％");
  static final List<String> MARKERS = List.of("与上年相比", "与去年相比", "较上一年度", "比上一年度",
      "较上年度", "比上年度", "较上一年", "比上一年", "较上年", "比上年", "较去年", "比去年", "同比");
  static final List<String> UP = List.of("增长", "增加", "上升", "提高", "提升", "增幅");
  static final List<String> DOWN = List.of("下降", "减少", "降低", "回落");
  static final List<String> LEADING = List.of("其中", "全年", "今年", "本年度", "本年", "年内", "当年",
      "一年来", "共计", "合计", "总计", "累计", "共", "全局", "我局", "我委", "我区", "我市", "我县", "依法");
  static final String CLAUSE_BREAKS = "，,。；;：:、！？!?（）()\n“”\"";
  /** The fewest characters a subject has for a change to be checked against it. */
  static final int MIN_SUBJECT = 4;
  /** The index of {@code 个百分点} in {@link #UNITS}: a change's unit, never a figure's. */
  static final int POINTS = 0;
  /** Numbers of at most this many characters, point included, are read without a string. */
  static final int MAX_EXACT = 18;

  /**
   * What a paragraph states.
   *
   * @param figures the figures, in order
   * @param claims the changes on the previous year, in order
   */
  record Found(List<StatedFigure> figures, List<ChangeClaim> claims) {}

  private FigureScanner() {}

  /**
   * Receives what a paragraph states, in order: each figure as it is found, each change right after
   * the figure it is stated for.
   */
  interface Sink {
    /**
     * A figure. Its subject is {@code new String(text, subjectFrom, subjectTo - subjectFrom)}, made only
     * by a sink that needs it; its value is {@code BigDecimal.valueOf(unscaled, scale)} when {@code value}
     * is null (a number of at most {@value #MAX_EXACT} characters, so at most 18 digits), else
     * {@code value}.
     *
     * @param text the paragraph's characters
     * @param subjectFrom where its subject starts in them
     * @param subjectTo where it ends (exclusive)
     * @param subjectHash {@link FigureTable#hash(String)} of the subject
     * @param unit the index of its unit in {@link #UNITS}
     * @param unscaled the value's digits, when {@code value} is null
     * @param scale the digits after the point, when {@code value} is null
     * @param value the value of a longer number, else null
     * @param end where the figure ends in the text (exclusive)
     */
    void figure(char[] text, int subjectFrom, int subjectTo, long subjectHash, int unit, long unscaled, int scale,
        BigDecimal value, int end);

    /**
     * A change on the previous year, stated for the figure given just before.
     *
     * @param claim the change
     */
    void claim(ChangeClaim claim);
  }

  /**
   * Scans one paragraph.
   *
   * @param text the paragraph's text
   * @param line the line it starts on
   * @param column the column it starts at
   * @return what it states
   */
  static Found scan(String text, int line, int column) {
    List<StatedFigure> figures = new ArrayList<>();
    List<ChangeClaim> claims = new ArrayList<>();
    scan(text.toCharArray(), text.length(), 0, line, column, new Sink() {
      @Override
      public void figure(char[] chars, int subjectFrom, int subjectTo, long subjectHash, int unit, long unscaled,
          int scale, BigDecimal value, int end) {
        figures.add(new StatedFigure(new String(chars, subjectFrom, subjectTo - subjectFrom), value != null ? value : BigDecimal.valueOf(unscaled, scale),
            UNITS.get(unit), end));
      }

      @Override
      public void claim(ChangeClaim claim) {
        claims.add(claim);
      }
    });
    return new Found(figures, claims);
  }

  /**
   * Scans one paragraph's characters: the same as {@link #scan(String, int, int)}, without
   * {@code String.charAt} (which C1, the launcher's compiler, does not intrinsify: it checks the
   * string's coder and the index at every character), without lists per paragraph, and without a
   * {@code StatedFigure} or {@code BigDecimal} per figure unless a change is stated for it or its number
   * is too long for a long.
   *
   * @param text the paragraph's characters
   * @param n how many count
   * @param from where to start: the first digit, or any place before it (nothing before the first digit
   *     can start a figure)
   * @param line the line it starts on
   * @param column the column it starts at
   * @param sink takes the figures and changes
   */
  static void scan(char[] text, int n, int from, int line, int column, Sink sink) {
    scan(text, n, from, n, line, column, sink);
  }

  /**
   * {@link #scan(char[], int, int, int, int, Sink)} told also where the last digit ends: a figure starts
   * at a digit, so no figure starts at or after {@code digitsTo}, and the search for the next number
   * stops there (the figures' units and changes are still read up to {@code n}).
   *
   * @param text the paragraph's characters
   * @param n how many count
   * @param from where to start: the first digit, or any place before it
   * @param digitsTo just after the last digit, or any place after it up to {@code n}
   * @param line the line it starts on
   * @param column the column it starts at
   * @param sink takes the figures and changes
   */
  static void scan(char[] text, int n, int from, int digitsTo, int line, int column, Sink sink) {
    int i = from;
    while (i < digitsTo) {
      char c = text[i];
      // Not a digit for certain when between '9' and the full-width '０' (Han characters, most
      // punctuation): one unsigned comparison instead of Digits.isDigit's three on every Han character.
      if ((char) (c - ('9' + 1)) < (char) ('０' - ('9' + 1)) || !Digits.isDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      int end = number(text, n, i);
      i = end;
      if (start > 0 && (Digits.isDigit(text[start - 1]) || text[start - 1] == '.')) {
        continue;
      }
      int unit = UNIT_WORDS.indexAt(text, n, end);
      if (unit < 0 || unit == POINTS) {
        continue;
      }
      if (approximate(text, n, start, end) || (end < n && text[end] == '年')) {
        continue;
      }
      long subjectAt = subject(text, start);
      if (subjectAt < 0) {
        continue;
      }
      int subjectFrom = (int) (subjectAt >>> 32);
      int subjectTo = start - (int) subjectAt;
      long subjectHash = FigureTable.hash(text, subjectFrom, subjectTo);
      String unitWord = UNITS.get(unit);
      boolean exact = end - start <= MAX_EXACT;
      long unscaled = exact ? unscaled(text, start, end) : 0;
      int scale = exact ? scale(text, start, end) : 0;
      BigDecimal value = exact ? null : decimal(text, start, end);
      int figureEnd = end + unitWord.length();
      sink.figure(text, subjectFrom, subjectTo, subjectHash, unit, unscaled, scale, value, figureEnd);
      ChangeClaim claim = claimAfter(text, n, subjectFrom, subjectTo, value, unscaled, scale,
          unitWord, figureEnd, start, line, column);
      if (claim != null) {
        sink.claim(claim);
        i = claim.column() - column; // continue after the marker; the change's number is not a figure
        i = skipChange(text, n, i);
      } else {
        i = figureEnd;
      }
    }
  }

  private static int skipChange(char[] text, int n, int from) {
    int i = from;
    while (i < n && !Digits.isDigit(text[i])) {
      i++;
    }
    return number(text, n, i);
  }

  /**
   * The change stated right after a figure, if any; the figure (its subject at
   * {@code subjectFrom}–{@code subjectTo}; value null: {@code unscaled} and {@code scale} hold it) is made
   * only then.
   */
  private static ChangeClaim claimAfter(char[] text, int n, int subjectFrom, int subjectTo, BigDecimal value,
      long unscaled,
      int scale, String figureUnit, int figureEnd, int figureStart, int line, int column) {
    int i = figureEnd;
    while (i < n && (text[i] == '，' || text[i] == ',' || text[i] == ' ')) {
      i++;
    }
    String marker = MARKER_WORDS.at(text, n, i);
    if (marker == null) {
      return null;
    }
    int markerAt = i;
    i += marker.length();
    String verb = UP_WORDS.at(text, n, i);
    boolean increase = verb != null;
    if (verb == null) {
      verb = DOWN_WORDS.at(text, n, i);
    }
    if (verb == null) {
      return null;
    }
    i += verb.length();
    if (i < n && text[i] == '了') {
      i++;
    }
    if (i >= n || !Digits.isDigit(text[i])) {
      return null;
    }
    int numberEnd = number(text, n, i);
    int unitIndex = UNIT_WORDS.indexAt(text, n, numberEnd);
    if (unitIndex < 0) {
      return null;
    }
    String unit = UNITS.get(unitIndex);
    ChangeClaim.Kind kind;
    if (unit.equals("%") || unit.equals("％")) {
      kind = ChangeClaim.Kind.PERCENT;
    } else if (unit.equals("个百分点")) {
      kind = ChangeClaim.Kind.POINTS;
    } else if (unit.equals(figureUnit)) {
      kind = ChangeClaim.Kind.ABSOLUTE;
    } else {
      return null;
    }
    int end = numberEnd + unit.length();
    int quoteFrom = Math.max(0, figureStart - (subjectTo - subjectFrom));
    StatedFigure figure = new StatedFigure(new String(text, subjectFrom, subjectTo - subjectFrom), value != null ? value : BigDecimal.valueOf(unscaled, scale),
        figureUnit, figureEnd);
    return new ChangeClaim(figure, verb, increase, decimal(text, i, numberEnd), kind,
        new String(text, markerAt, end - markerAt), line, column + markerAt,
        new String(text, quoteFrom, end - quoteFrom));
  }

  /**
   * Where the subject of the number starting at {@code numberStart} is: the clause before it (at most
   * 40 characters), stripped, without leading words ({@link #LEADING}) and a leading year ({@code 2024年}),
   * worked out on the characters without a string per step.
   *
   * @return the subject's start in the high 32 bits and how far before the number it ends (the white
   *     space stripped) in the low 32, or -1 when it is empty or holds another number
   */
  private static long subject(char[] text, int numberStart) {
    int from = numberStart;
    while (from > 0 && !isClauseBreak(text[from - 1]) && numberStart - from < 40) {
      from--;
    }
    // String.strip on the characters: no supplementary code point is white space, so testing each
    // UTF-16 unit strips what strip() strips.
    int to = numberStart;
    while (from < to && isWhitespace(text[from])) {
      from++;
    }
    while (to > from && isWhitespace(text[to - 1])) {
      to--;
    }
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      // a leading word must lie inside the subject, as String.startsWith on the subject required
      int lead = LEADING_WORDS.indexAt(text, to, from);
      if (lead >= 0 && to - from > LEADING.get(lead).length()) {
        from += LEADING.get(lead).length();
        stripped = true;
      }
      // A year written before the subject: 2024年办理…
      if (to - from > 5 && Digits.isDigit(text[from]) && text[from + 4] == '年') {
        from += 5;
        stripped = true;
      }
    }
    if (from == to) {
      return -1;
    }
    for (int k = from; k < to; k++) {
      if (Digits.isDigit(text[k])) {
        return -1; // another number inside the clause: the subject is not plain words
      }
    }
    return ((long) from << 32) | (numberStart - to);
  }

  /**
   * {@code Character.isWhitespace}, answered for the common Han block (none of it is white space)
   * without the look-up in the JDK's tables.
   *
   * @param c the character
   * @return whether it is white space
   */
  static boolean isWhitespace(char c) {
    return (char) (c - '\u4E00') > '\u9FFF' - '\u4E00' && Character.isWhitespace(c);
  }

  private static boolean approximate(char[] text, int n, int start, int end) {
    if (start > 0 && "近约逾超".indexOf(text[start - 1]) >= 0) {
      return true;
    }
    return end < n && "余多".indexOf(text[end]) >= 0;
  }

  private static final Words UNIT_WORDS = new Words(UNITS);
  private static final Words MARKER_WORDS = new Words(MARKERS);
  private static final Words UP_WORDS = new Words(UP);
  private static final Words DOWN_WORDS = new Words(DOWN);
  private static final Words LEADING_WORDS = new Words(LEADING);
  /** {@link #CLAUSE_BREAKS} as a bit per UTF-16 unit: 8 KB. */
  private static final long[] CLAUSE_BITS = new long[1 << 10];

  static {
    for (int i = 0; i < CLAUSE_BREAKS.length(); i++) {
      char c = CLAUSE_BREAKS.charAt(i);
      CLAUSE_BITS[c >>> 6] |= 1L << c;
    }
  }

  private static boolean isClauseBreak(char c) {
    return (CLAUSE_BITS[c >>> 6] & (1L << c)) != 0;
  }

  /**
   * A list of words, looked up by the character a text has at a place: the words starting with it,
   * in the list's order, from a small open-addressing table, so that a place no word starts at costs
   * one probe and one that some word starts at tries only the words with that first character.
   * Immutable; thread-safe.
   */
  static final class Words {
    private final List<String> words;
    private final char[] firsts;
    /** Per slot, the indices in {@link #words} of the words starting with its character, in order. */
    private final int[][] byFirst;
    /** The words' characters, by index, for comparing against a char[] without String.charAt. */
    private final char[][] chars;
    private final int mask;

    Words(List<String> words) {
      this.words = List.copyOf(words);
      int size = Integer.highestOneBit(Math.max(4, words.size()) * 4);
      mask = size - 1;
      firsts = new char[size];
      byFirst = new int[size][];
      chars = new char[words.size()][];
      for (int w = 0; w < words.size(); w++) {
        String word = words.get(w);
        chars[w] = word.toCharArray();
        char first = word.charAt(0);
        int slot = slot(first);
        while (byFirst[slot] != null && firsts[slot] != first) {
          slot = (slot + 1) & mask;
        }
        firsts[slot] = first;
        int[] group = byFirst[slot] == null ? new int[0] : byFirst[slot];
        group = Arrays.copyOf(group, group.length + 1);
        group[group.length - 1] = w;
        byFirst[slot] = group;
      }
    }

    private int slot(char c) {
      return (c * 0x9E3779B1) >>> 16 & mask;
    }

    private int[] group(char c) {
      int slot = slot(c);
      int[] group;
      while ((group = byFirst[slot]) != null) {
        if (firsts[slot] == c) {
          return group;
        }
        slot = (slot + 1) & mask;
      }
      return null;
    }

    /**
     * The first word of the list that the characters have at a place.
     *
     * @param text the characters
     * @param n how many count
     * @param at the place
     * @return the word, or null
     */
    String at(char[] text, int n, int at) {
      int w = indexAt(text, n, at);
      return w < 0 ? null : words.get(w);
    }

    /**
     * The index in the list of the first word the characters have at a place.
     *
     * @param text the characters
     * @param n how many count
     * @param at the place
     * @return the index, or -1
     */
    int indexAt(char[] text, int n, int at) {
      if (at >= n) {
        return -1;
      }
      int[] group = group(text[at]);
      if (group != null) {
        for (int w : group) {
          if (startsWith(text, n, chars[w], at)) {
            return w;
          }
        }
      }
      return -1;
    }

    private static boolean startsWith(char[] text, int n, char[] word, int at) {
      if (at + word.length > n) {
        return false;
      }
      for (int k = 0; k < word.length; k++) {
        if (text[at + k] != word[k]) {
          return false;
        }
      }
      return true;
    }
  }

  private static int number(char[] text, int n, int from) {
    int i = from;
    while (i < n && Digits.isDigit(text[i])) {
      i++;
    }
    if (i + 1 < n && text[i] == '.' && Digits.isDigit(text[i + 1])) {
      i++;
      while (i < n && Digits.isDigit(text[i])) {
        i++;
      }
    }
    return i;
  }

  /**
   * The digits of a number of at most {@value #MAX_EXACT} characters, as a long: every digit, the point
   * skipped.
   */
  private static long unscaled(char[] text, int from, int to) {
    long unscaled = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c != '.') {
        unscaled = unscaled * 10 + (c >= '０' && c <= '９' ? c - '０' : c - '0');
      }
    }
    return unscaled;
  }

  /** The digits after a number's point: its scale as written (0 without a point). */
  private static int scale(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] == '.') {
        return to - i - 1;
      }
    }
    return 0;
  }

  private static BigDecimal decimal(char[] text, int from, int to) {
    if (to - from <= MAX_EXACT) {
      // at most 18 digits fit a long: the same value and scale as new BigDecimal(the digits)
      return BigDecimal.valueOf(unscaled(text, from, to), scale(text, from, to));
    }
    StringBuilder digits = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      digits.append(Digits.ascii(text[i]));
    }
    return new BigDecimal(digits.toString());
  }

}
