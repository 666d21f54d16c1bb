package dev.fazhi.core.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * What printing leaves in a text taken out of a PDF, and how to undo it: page numbers on lines of their
 * own ({@code — 3 —}, {@code -3-}, {@code 第3页 共10页}, {@code 3/10}), a running header or footer repeated
 * on every page, characters spaced apart ({@code 2 0 2 3 年}) and lines broken at the page width whatever
 * the sentence.
 */
final class PrintedLayout {

  /** The longest line, spaces included, that may be a page number. */
  static final int MAX_PAGE_NUMBER_LINE = 24;
  /** Dashes that stand around a page number. */
  static final String PAGE_DASHES = "—-－–─~～";
  /** How often a short line of a text with page numbers must recur to be a running header or footer. */
  static final int MIN_RUNNING_REPEATS_PAGED = 2;
  /** The shortest running header or footer: shorter lines ({@code 已完成}) are a table's cells. */
  static final int MIN_RUNNING_LINE = 6;
  /** The longest running header or footer. */
  static final int MAX_RUNNING_LINE = 40;
  /** The fewest spaced characters that make a line spaced apart: {@code 法 治 政 府}. */
  static final int MIN_SPACED_RUN = 4;
  /**
   * Lines at the page width: a text is laid out at a width when at least this share of its long
   * content lines (in per cent) are within {@link #WIDTH_SLACK} characters of the most common length.
   */
  static final int MIN_WIDTH_SHARE = 40;
  /** How much shorter than the page width a full line may be (punctuation is set narrower). */
  static final int WIDTH_SLACK = 3;
  /** The shortest page width considered; shorter lines are headings or cells, not a layout. */
  static final int MIN_WIDTH = 16;
  /** The longest page width considered; longer lines are paragraphs of a text that was never paged. */
  static final int MAX_WIDTH = 60;
  /** The fewest full-width lines that show a page layout. */
  static final int MIN_WIDTH_LINES = 8;

  private PrintedLayout() {}

  /** A page number alone on its line: {@code — 3 —}, {@code -3-}, {@code 第3页}, {@code 第 3 页 共 10 页}, {@code 3/10}. */
  static boolean isPageNumber(String s) {
    if (s.length() > MAX_PAGE_NUMBER_LINE || !opensPageNumber(s.charAt(0)) || !onlyPageNumberChars(s)) {
      return false; // most lines: no allocation
    }
    String t = s.replace(" ", "");
    if (t.isEmpty() || t.length() > 16) {
      return false;
    }
    int i = 0;
    int n = t.length();
    while (i < n && isPageDash(t.charAt(i))) {
      i++;
    }
    int dashesBefore = i;
    int end = n;
    while (end > i && isPageDash(t.charAt(end - 1))) {
      end--;
    }
    String core = t.substring(i, end);
    if (dashesBefore > 0 && n - end > 0 && allDigits(core)) {
      return true; // — 3 —
    }
    if (core.startsWith("第") && core.contains("页")) {
      String digits = core.replace("第", "").replace("页", "").replace("共", "");
      return allDigits(digits);
    }
    int slash = core.indexOf('/');
    return slash > 0 && allDigits(core.substring(0, slash)) && allDigits(core.substring(slash + 1));
  }

  /**
   * Whether a line holds nothing a page number's line cannot: digits, spaces, dashes, {@code 第 页 共} and
   * {@code /}. Every line the rules below accept passes; most that open with a digit ({@code 2023年…})
   * fail at their second or third character.
   */
  private static boolean onlyPageNumberChars(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!CharClasses.isDigit(c) && c != ' ' && c != '第' && c != '页' && c != '共' && c != '/'
          && !isPageDash(c)) {
        return false;
      }
    }
    return true;
  }

  /** What a page number's line opens with: a dash, 第, or a digit. */
  private static boolean opensPageNumber(char c) {
    return isPageDash(c) || c == '第' || CharClasses.isDigit(c);
  }

  private static final char[] DASHES = PAGE_DASHES.toCharArray();

  /**
   * Whether a character is one of {@link #PAGE_DASHES}: seven comparisons, where
   * {@code String.indexOf} costs a call at the first character of every short line.
   */
  static boolean isPageDash(char c) {
    for (char dash : DASHES) {
      if (c == dash) {
        return true;
      }
    }
    return false;
  }

  private static boolean allDigits(String s) {
    if (s.isEmpty() || s.length() > 4) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!CharClasses.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The running headers and footers of a text with page numbers (a printed layout beyond doubt; in any
   * other text a repeated short line is the report's own): lines of {@value #MIN_RUNNING_LINE} to
   * {@value #MAX_RUNNING_LINE} characters, no heading, no sentence, that recur word for word at least
   * {@value #MIN_RUNNING_REPEATS_PAGED} times.
   *
   * @param lines the cleaned lines, page numbers marked
   * @return for each line, whether it is a running header or footer
   */
  static boolean[] runningLines(ArrayList<CleanLine> lines) {
    boolean paged = false;
    for (int i = 0; i < lines.size(); i++) {
      paged |= lines.get(i).noise() == NoiseTable.Kind.PAGE_MARK;
    }
    boolean[] out = new boolean[lines.size()];
    if (!paged) {
      return out; // a running header is looked for only where printing left page numbers
    }
    int min = MIN_RUNNING_REPEATS_PAGED;
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      CleanLine line = lines.get(i);
      if (isRunningCandidate(line)) {
        counts.merge(line.string(), 1, Integer::sum);
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      CleanLine line = lines.get(i);
      out[i] = isRunningCandidate(line) && counts.get(line.string()) >= min
          && line.text().label() == null;
    }
    return out;
  }

  /** A line that may be a running header or footer: short, not noise, no sentence. */
  private static boolean isRunningCandidate(CleanLine line) {
    return line.length() <= MAX_RUNNING_LINE && line.length() >= MIN_RUNNING_LINE && line.noise() == null
        && !CharClasses.endsComplete(line.string());
  }

  /**
   * The line with the single spaces between spaced-apart characters removed, when at least
   * {@value #MIN_SPACED_RUN} characters in a row stand one space apart ({@code 2 0 2 3 年 法 治}); else the
   * line itself. Only spaces between two CJK characters or digits go; a space between Latin words stays.
   */
  static MappedText despaced(MappedText line) {
    String s = line.text();
    if (!hasSpacedRun(s)) {
      return line;
    }
    MappedText.Builder b = new MappedText.Builder(s.length());
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ' && i > 0 && i + 1 < s.length() && isSpaceable(s.charAt(i - 1))
          && isSpaceable(s.charAt(i + 1))) {
        b.append(line.sub(from, i));
        from = i + 1;
      }
    }
    b.append(line.sub(from));
    return b.build();
  }

  /** Whether single spaces alternate with characters at least {@value #MIN_SPACED_RUN} characters long. */
  private static boolean hasSpacedRun(String s) {
    if (s.indexOf(' ') < 0) {
      return false; // most lines
    }
    int run = 0;
    int lastSpace = -10;
    for (int i = 1; i + 1 < s.length(); i++) {
      if (s.charAt(i) == ' ' && isSpaceable(s.charAt(i - 1)) && isSpaceable(s.charAt(i + 1))) {
        run = lastSpace == i - 2 ? run + 1 : 1;
        lastSpace = i;
        if (run + 1 >= MIN_SPACED_RUN) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isSpaceable(char c) {
    return CharClasses.isDigit(c) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xFF10 && c <= 0xFF19)
        || "（）〔〕《》“”、，。：；".indexOf(c) >= 0;
  }

  /**
   * The page width of a text laid out for print: the most common length of its content lines of at
   * least {@value #MIN_WIDTH} characters, when at least {@value #MIN_WIDTH_SHARE} % of them are that long
   * (within {@value #WIDTH_SLACK}); else 0, for a text whose lines are its paragraphs.
   *
   * @param lines the cleaned lines
   * @return the width, or 0
   */
  static int pageWidth(ArrayList<CleanLine> lines) {
    int[] byLength = new int[MAX_WIDTH + 1];
    int longLines = 0;
    for (int i = 0; i < lines.size(); i++) {
      CleanLine line = lines.get(i);
      if (line.isBlank() || line.noise() != null || line.length() < MIN_WIDTH) {
        continue;
      }
      longLines++;
      if (line.length() <= MAX_WIDTH) {
        byLength[line.length()]++;
      }
    }
    int best = 0;
    for (int w = MIN_WIDTH; w <= MAX_WIDTH; w++) {
      if (byLength[w] > byLength[best]) {
        best = w;
      }
    }
    if (best == 0) {
      return 0;
    }
    int near = 0;
    for (int w = Math.max(MIN_WIDTH, best - WIDTH_SLACK); w <= best; w++) {
      near += byLength[w];
    }
    return near >= MIN_WIDTH_LINES && near * 100 >= longLines * MIN_WIDTH_SHARE ? best : 0;
  }
}
