package dev.fazhi.validation.corpus;

import java.math.BigDecimal;
import dev.fazhi.validation.internal.Digits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The figure scanner as it was before it scanned a char[] (commit 6f90413), word for word but for its
 * name: the plain code {@link FigureScanner}'s fast path is checked against. Finds, in one paragraph, the figures it states for a subject ({@code 办理行政复议案件120件}) and the
 * changes on the previous year it states for them ({@code ，同比增长8.1%}, {@code 较上年增加37件},
 * {@code 同比下降2.4个百分点}). Approximate figures ({@code 近2200家}, {@code 500余人次}) are skipped: no
 * change can be checked against them.
 *
 * <p>One pass over the text plus a bounded look back from each number to its clause's start: linear in
 * the paragraph's length. Stateless and thread-safe.
 */
final class FigureScannerReference {

  // The word lists are FigureScanner's own: this class keeps the old way of scanning, not a second
  // copy of the vocabulary.
  static final List<String> UNITS = FigureScanner.UNITS;
  private static final List<String> MARKERS = FigureScanner.MARKERS;
  private static final List<String> UP = FigureScanner.UP;
  private static final List<String> DOWN = FigureScanner.DOWN;
  private static final List<String> LEADING = FigureScanner.LEADING;
  private static final String CLAUSE_BREAKS = FigureScanner.CLAUSE_BREAKS;
  /** The fewest characters a subject has for a change to be checked against it. */
  static final int MIN_SUBJECT = 4;

  /**
   * What a paragraph states.
   *
   * @param figures the figures, in order
   * @param claims the changes on the previous year, in order
   */
  record Found(List<StatedFigure> figures, List<ChangeClaim> claims) {}

  private FigureScannerReference() {}

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
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Digits.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int end = number(text, i);
      i = end;
      if (start > 0 && (Digits.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
        continue;
      }
      String unit = unitAt(text, end);
      if (unit == null || unit.equals("个百分点")) {
        continue;
      }
      if (approximate(text, start, end)) {
        continue;
      }
      String subject = subject(text, start);
      if (subject.isEmpty() || text.startsWith("年", end)) {
        continue;
      }
      StatedFigure figure = new StatedFigure(subject, decimal(text, start, end), unit, end + unit.length());
      figures.add(figure);
      ChangeClaim claim = claimAfter(text, figure, start, line, column);
      if (claim != null) {
        claims.add(claim);
        i = claim.column() - column; // continue after the marker; the change's number is not a figure
        i = skipChange(text, i);
      } else {
        i = figure.end();
      }
    }
    return new Found(figures, claims);
  }

  private static int skipChange(String text, int from) {
    int i = from;
    while (i < text.length() && !Digits.isDigit(text.charAt(i))) {
      i++;
    }
    return number(text, i);
  }

  private static ChangeClaim claimAfter(String text, StatedFigure figure, int figureStart, int line,
      int column) {
    int i = figure.end();
    while (i < text.length() && (text.charAt(i) == '，' || text.charAt(i) == ',' || text.charAt(i) == ' ')) {
      i++;
    }
    String marker = MARKER_WORDS.at(text, i);
    if (marker == null) {
      return null;
    }
    int markerAt = i;
    i += marker.length();
    String verb = UP_WORDS.at(text, i);
    boolean increase = verb != null;
    if (verb == null) {
      verb = DOWN_WORDS.at(text, i);
    }
    if (verb == null) {
      return null;
    }
    i += verb.length();
    if (text.startsWith("了", i)) {
      i++;
    }
    if (i >= text.length() || !Digits.isDigit(text.charAt(i))) {
      return null;
    }
    int numberEnd = number(text, i);
    String unit = unitAt(text, numberEnd);
    if (unit == null) {
      return null;
    }
    ChangeClaim.Kind kind;
    if (unit.equals("%") || unit.equals("％")) {
      kind = ChangeClaim.Kind.PERCENT;
    } else if (unit.equals("个百分点")) {
      kind = ChangeClaim.Kind.POINTS;
    } else if (unit.equals(figure.unit())) {
      kind = ChangeClaim.Kind.ABSOLUTE;
    } else {
      return null;
    }
    int end = numberEnd + unit.length();
    return new ChangeClaim(figure, verb, increase, decimal(text, i, numberEnd), kind,
        text.substring(markerAt, end), line, column + markerAt,
        text.substring(Math.max(0, figureStart - figure.subject().length()), end));
  }

  private static String subject(String text, int numberStart) {
    int from = numberStart;
    while (from > 0 && !isClauseBreak(text.charAt(from - 1)) && numberStart - from < 40) {
      from--;
    }
    String subject = text.substring(from, numberStart).strip();
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      String lead = LEADING_WORDS.at(subject, 0);
      if (lead != null && subject.length() > lead.length()) {
        subject = subject.substring(lead.length());
        stripped = true;
      }
      // A year written before the subject: 2024年办理…
      if (subject.length() > 5 && Digits.isDigit(subject.charAt(0)) && subject.charAt(4) == '年') {
        subject = subject.substring(5);
        stripped = true;
      }
    }
    for (int k = 0; k < subject.length(); k++) {
      if (Digits.isDigit(subject.charAt(k))) {
        return ""; // another number inside the clause: the subject is not plain words
      }
    }
    return subject;
  }

  private static boolean approximate(String text, int start, int end) {
    if (start > 0 && "近约逾超".indexOf(text.charAt(start - 1)) >= 0) {
      return true;
    }
    return end < text.length() && "余多".indexOf(text.charAt(end)) >= 0;
  }

  private static String unitAt(String text, int at) {
    return UNIT_WORDS.at(text, at);
  }

  /**
   * Whether a paragraph may state a figure at all: only one with a digit can.
   *
   * @param text the paragraph's text
   * @return false when {@link #scan} would find nothing
   */
  static boolean mayState(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (Digits.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
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
    private final char[] firsts;
    private final String[][] byFirst;
    private final int mask;

    Words(List<String> words) {
      int size = Integer.highestOneBit(Math.max(4, words.size()) * 4);
      mask = size - 1;
      firsts = new char[size];
      byFirst = new String[size][];
      for (String word : words) {
        char first = word.charAt(0);
        int slot = slot(first);
        while (byFirst[slot] != null && firsts[slot] != first) {
          slot = (slot + 1) & mask;
        }
        firsts[slot] = first;
        String[] group = byFirst[slot] == null ? new String[0] : byFirst[slot];
        group = Arrays.copyOf(group, group.length + 1);
        group[group.length - 1] = word;
        byFirst[slot] = group;
      }
    }

    private int slot(char c) {
      return (c * 0x9E3779B1) >>> 16 & mask;
    }

    /**
     * The first word of the list that the text has at a place.
     *
     * @param text the text
     * @param at the place
     * @return the word, or null
     */
    String at(String text, int at) {
      if (at >= text.length()) {
        return null;
      }
      char c = text.charAt(at);
      int slot = slot(c);
      String[] group;
      while ((group = byFirst[slot]) != null) {
        if (firsts[slot] == c) {
          for (String word : group) {
            if (text.startsWith(word, at)) {
              return word;
            }
          }
          return null;
        }
        slot = (slot + 1) & mask;
      }
      return null;
    }
  }

  private static int number(String text, int from) {
    int i = from;
    while (i < text.length() && Digits.isDigit(text.charAt(i))) {
      i++;
    }
    if (i + 1 < text.length() && text.charAt(i) == '.' && Digits.isDigit(text.charAt(i + 1))) {
      i++;
      while (i < text.length() && Digits.isDigit(text.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  private static BigDecimal decimal(String text, int from, int to) {
    if (to - from <= 18) {
      // at most 18 digits fit a long: the same value and scale as new BigDecimal(the digits)
      long unscaled = 0;
      int scale = -1;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c == '.') {
          scale = 0;
          continue;
        }
        unscaled = unscaled * 10 + (c >= '０' && c <= '９' ? c - '０' : c - '0');
        if (scale >= 0) {
          scale++;
        }
      }
      return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
    }
    StringBuilder digits = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      digits.append(Digits.ascii(c));
    }
    return new BigDecimal(digits.toString());
  }

}
