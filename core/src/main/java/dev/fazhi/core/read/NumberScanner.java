package dev.fazhi.core.read;

import dev.fazhi.core.model.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;

/**
 * Finds the numbers of a paragraph in one pass and classifies them by the unit after them: counts,
 * amounts of money, percentages, dates and times, bare numbers and numbers not to read (in a book
 * title {@code 《…》} or a document number {@code 〔2019〕33号}, ordinals, ranges). Linear in the text.
 */
final class NumberScanner {

  /** How far back a clause reaches at most, so that no look at a clause costs more than this. */
  static final int MAX_CLAUSE = 200;

  /** The longest run of digits read as a number; longer runs are skipped. */
  static final int MAX_DIGITS = 30;

  private NumberScanner() {}

  /**
   * Scans a paragraph already folded, given as an array of its characters, which the scan reads faster
   * than a string (under C1 each {@code String.charAt} is a call with a bounds check).
   *
   * @param a an array that starts with the folded paragraph's characters
   * @param n the paragraph's length
   * @return the numbers, in order
   */
  static ArrayList<NumberToken> scanFolded(char[] a, int n) {
    ArrayList<NumberToken> out = new ArrayList<>();
    int clauseStart = 0;
    int sentenceStart = 0;
    int titleDepth = 0;
    int quoteDepth = 0;
    boolean skipNext = false;
    int i = 0;
    while (i < n) {
      i = nextTracked(a, i, n); // most characters: nothing to track
      if (i == n) {
        break;
      }
      char c = a[i];
      int classes = CharClasses.classes(c);
      if ((classes & CharClasses.SCAN_MARK) != 0) {
        if (c == '《' || c == '〔' || c == '[') {
          titleDepth++;
        } else if ((c == '》' || c == '〕' || c == ']') && titleDepth > 0) {
          titleDepth--;
        }
        if (c == '“' || c == '「') {
          quoteDepth++;
        } else if ((c == '”' || c == '」') && quoteDepth > 0) {
          quoteDepth--;
        }
      }
      if ((classes & CharClasses.SENTENCE) != 0) {
        sentenceStart = i + 1;
        clauseStart = i + 1;
        titleDepth = 0;
        quoteDepth = 0;
        i++;
        continue;
      }
      if ((classes & CharClasses.BOUNDARY) != 0 && quoteDepth == 0) { // “双随机、一公开”: one name, not two clauses
        clauseStart = i + 1;
        i++;
        continue;
      }
      if (c == '上' && titleDepth == 0) {
        NumberToken word = approximateWord(a, n, i);
        if (word != null) {
          word.clauseStart = Math.max(clauseStart, i - MAX_CLAUSE);
          word.sentenceStart = sentenceStart;
          out.add(word);
          i = word.end;
          continue;
        }
      }
      if (c < '0' || c > '9' || (i > 0 && (isDigitOrDot(a[i - 1])))) {
        i++;
        continue;
      }
      NumberToken t = new NumberToken();
      t.clauseStart = Math.max(clauseStart, i - MAX_CLAUSE);
      t.sentenceStart = sentenceStart;
      t.numberStart = i;
      t.start = i;
      int j = i;
      while (j < n && a[j] >= '0' && a[j] <= '9') {
        j++;
      }
      int intDigits = j - i;
      // thousands separators: 2,089,245.42
      while (intDigits <= 3 && j + 3 < n + 0 && a[j] == ',' && digitsAt(a, n, j + 1, 3)
          && (j + 4 >= n || !(a[j + 4] >= '0' && a[j + 4] <= '9'))) {
        j += 4;
      }
      if (j + 1 < n && a[j] == '.' && a[j + 1] >= '0' && a[j + 1] <= '9') {
        j++;
        while (j < n && a[j] >= '0' && a[j] <= '9') {
          j++;
        }
      }
      t.numberEnd = j;
      t.end = j;
      i = j;
      boolean tooLong = j - t.numberStart > MAX_DIGITS;
      char before = t.numberStart > 0 ? a[t.numberStart - 1] : 0;
      if (skipNext) {
        skipNext = false;
        t.type = NumberToken.Type.SKIPPED;
        out.add(t);
        continue;
      }
      if (titleDepth > 0 || tooLong || CharClasses.isLatin(before) || (j < n && CharClasses.isLatin(a[j]))
          || before == '第' || before == '+') {
        t.type = NumberToken.Type.SKIPPED;
        out.add(t);
        continue;
      }
      int afterSpace = j < n && a[j] == ' ' ? j + 1 : j;
      if (afterSpace + 1 < n && isRangeMark(a[afterSpace])
          && a[afterSpace + 1] >= '0' && a[afterSpace + 1] <= '9') {
        t.type = NumberToken.Type.SKIPPED;
        skipNext = true;
        out.add(t);
        continue;
      }
      classify(a, n, t, afterSpace);
      out.add(t);
      i = Math.max(i, t.end);
    }
    for (int k = 0; k < out.size(); k++) {
      out.get(k).index = k;
    }
    return out;
  }

  /** The classes the scan tracks: clause and sentence ends, brackets, quotes, 上, digits. */
  static final int TRACKED = CharClasses.BOUNDARY | CharClasses.SCAN_MARK | CharClasses.ASCII_DIGIT;

  /**
   * The first character at or after {@code from} that has a {@link #TRACKED} class, or {@code n}. Most
   * characters of a report are CJK ideographs (U+4E00 to U+9FFF), of which only 上 is tracked: two
   * comparisons answer them without the class table. A small loop of its own, so that both compilers
   * keep it tight.
   */
  static int nextTracked(char[] a, int from, int n) {
    int i = from;
    while (i < n) {
      char c = a[i];
      if (c >= '\u4E00' && c <= '\u9FFF') {
        if (c == '上') {
          return i;
        }
      } else if ((CharClasses.classes(c) & TRACKED) != 0) {
        return i;
      }
      i++;
    }
    return n;
  }

  /**
   * The number written from {@code from} to {@code to} when it is digits alone, at most 18 of them (so
   * that it fits a {@code long}), else -1: most numbers, read without a {@code BigDecimal}.
   */
  static long plainDigits(char[] a, int from, int to) {
    if (to - from > 18) {
      return -1;
    }
    long v = 0;
    for (int k = from; k < to; k++) {
      char c = a[k];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * The number written from {@code from} to {@code to}: digits, thousands separators, a point; its
   * {@link #plainDigits} when they are not -1.
   */
  static BigDecimal decimal(char[] a, int from, int to, long plain) {
    if (plain >= 0) {
      return BigDecimal.valueOf(plain); // digits alone: no string to build
    }
    BigDecimal read = unscaledDecimal(a, from, to);
    return read != null ? read : new BigDecimal(new String(a, from, to - from).replace(",", ""));
  }

  /**
   * The number written from {@code from} to {@code to} as the scanner reads one (digits, thousands
   * separators, at most one point with digits after it) when it has at most 18 digits: its digits as
   * one unscaled {@code long} and the digits after the point as its scale, which is the
   * {@code BigDecimal} that parsing the text without its commas gives ({@code 2,089.50} is 208950 at
   * scale 2); else null. No string is made.
   */
  static BigDecimal unscaledDecimal(char[] a, int from, int to) {
    long unscaled = 0;
    int digits = 0;
    int scale = -1; // -1 before the point
    for (int k = from; k < to; k++) {
      char c = a[k];
      if (c >= '0' && c <= '9') {
        if (++digits > 18) {
          return null;
        }
        unscaled = unscaled * 10 + (c - '0');
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else if (c != ',') {
        return null;
      }
    }
    if (digits == 0 || scale == 0) {
      return null; // not a number the scanner reads: left to the parser, as before
    }
    return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
  }

  /**
   * {@code "-—–~至到+".indexOf(c) >= 0}: a mark between the two numbers of a range. Compared, not
   * searched: under C1 {@code String.indexOf} is a call and a loop, asked after nearly every number.
   */
  static boolean isRangeMark(char c) {
    return c == '-' || c == '—' || c == '–' || c == '~' || c == '至' || c == '到' || c == '+';
  }

  private static boolean isDigitOrDot(char c) {
    return (c >= '0' && c <= '9') || c == '.';
  }

  private static boolean digitsAt(char[] a, int n, int at, int count) {
    for (int k = at; k < at + count; k++) {
      if (k >= n || a[k] < '0' || a[k] > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code new String(a, 0, n).startsWith(word, at)} for a position at or after 0. */
  private static boolean startsWith(char[] a, int n, int at, String word) {
    if (at + word.length() > n) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (a[at + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the first {@code n} characters of an array hold a character at a position. */
  private static boolean holds(char[] a, int n, int at, char c) {
    return at < n && a[at] == c;
  }

  /**
   * Classifies a number by what follows it. Its value is a {@code BigDecimal} only where a figure keeps
   * one (amounts and percentages); a count of digits alone is counted in a {@code long}, as its
   * {@code BigDecimal} gave it.
   */
  private static void classify(char[] a, int n, NumberToken t, int at) {
    long plain = plainDigits(a, t.numberStart, t.numberEnd);
    int k = at;
    if (k < n && a[k] == '%') {
      t.type = NumberToken.Type.PERCENT;
      t.value = decimal(a, t.numberStart, t.numberEnd, plain);
      t.end = k + 1;
      bounds(a, n, t);
      return;
    }
    String time = FigurePatterns.NOT_COUNT_UNITS.longestAt(a, n, k);
    if (time != null) {
      t.type = NumberToken.Type.TIME;
      t.end = k + time.length();
      return;
    }
    boolean approx = false;
    String between = FigurePatterns.APPROXIMATE_BETWEEN.longestAt(a, n, k);
    if (between != null) {
      approx = true;
      k += between.length();
    }
    long scale = 1;
    MoneyUnit money = null;
    if (holds(a, n, k, '万') && holds(a, n, k + 1, '元')) {
      money = MoneyUnit.WAN_YUAN;
      k += 2;
    } else if (holds(a, n, k, '亿') && holds(a, n, k + 1, '元')) {
      money = MoneyUnit.YI_YUAN;
      k += 2;
    } else if (holds(a, n, k, '元')) {
      money = MoneyUnit.YUAN;
      k += 1;
    } else if (holds(a, n, k, '万')) {
      scale = 10_000;
      k++;
    } else if (holds(a, n, k, '亿')) {
      scale = 100_000_000;
      k++;
    }
    if (money == null && between == null) {
      String again = FigurePatterns.APPROXIMATE_BETWEEN.longestAt(a, n, k);
      if (again != null) {
        approx = true;
        k += again.length();
      }
    }
    if (money != null) {
      t.type = NumberToken.Type.AMOUNT;
      t.money = money;
      t.value = money.toYuan(decimal(a, t.numberStart, t.numberEnd, plain));
      t.unit = money.symbol();
      t.end = k;
    } else {
      String unit = FigurePatterns.COUNT_UNITS.longestAt(a, n, k);
      if (unit == null) {
        t.type = NumberToken.Type.BARE;
        return;
      }
      long count = count(a, t, plain, scale);
      if (count < 0) {
        t.type = NumberToken.Type.SKIPPED;
        t.end = k + unit.length();
        return;
      }
      t.type = NumberToken.Type.COUNT;
      t.count = count;
      t.unit = unit;
      t.end = k + unit.length();
    }
    String after = FigurePatterns.APPROXIMATE_AFTER.longestAt(a, n, t.end);
    if (after != null) {
      approx = true;
      t.end += after.length();
    }
    String prefix = FigurePatterns.APPROXIMATE_BEFORE.longestEndingAt(a, n, t.numberStart, 0);
    if (prefix != null && t.numberStart - prefix.length() >= t.clauseStart) {
      approx = true;
      t.start = t.numberStart - prefix.length();
    }
    t.approximate = approx;
  }

  /**
   * The count a number stands for, scaled by 万 or 亿, or -1 when it is no whole number or too large
   * for a {@code long}. Digits alone are counted in a {@code long}; any other number (a point, thousands
   * separators, more than 18 digits) as before, through its {@code BigDecimal}.
   */
  static long count(char[] a, NumberToken t, long plain, long scale) {
    if (plain >= 0) {
      // a whole number: its scaled value is a long unless it overflows, which longValueExact refused
      return plain <= Long.MAX_VALUE / scale ? plain * scale : -1;
    }
    BigDecimal value = decimal(a, t.numberStart, t.numberEnd, plain);
    if (scale == 1 && value.scale() == 0 && value.precision() < 19) {
      return value.longValue();
    }
    BigDecimal scaled = value.multiply(BigDecimal.valueOf(scale));
    try {
      return scaled.stripTrailingZeros().scale() > 0 ? -1 : scaled.longValueExact();
    } catch (ArithmeticException e) {
      return -1;
    }
  }

  private static void bounds(char[] a, int n, NumberToken t) {
    String least = FigurePatterns.AT_LEAST.longestAt(a, n, t.end);
    String most = FigurePatterns.AT_MOST.longestAt(a, n, t.end);
    String after = longer(least, most);
    if (after != null) {
      t.atLeast = after == least;
      t.atMost = after == most;
      t.end += after.length();
      return;
    }
    least = FigurePatterns.AT_LEAST.longestEndingAt(a, n, t.numberStart, 0);
    most = FigurePatterns.AT_MOST.longestEndingAt(a, n, t.numberStart, 0);
    String before = longer(least, most);
    if (before != null) {
      t.atLeast = before == least;
      t.atMost = before == most;
    }
  }

  /** The longer of two marks ({@code 不低于} over {@code 低于}), or null when both are. */
  private static String longer(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null || a.length() >= b.length() ? a : b;
  }

  private static NumberToken approximateWord(char[] a, int n, int at) {
    for (int k = 0; k < FigurePatterns.APPROXIMATE_WORDS.size(); k++) { // no iterator (C1 allocates it)
      Object[] word = FigurePatterns.APPROXIMATE_WORDS.get(k);
      String w = (String) word[0];
      if (startsWith(a, n, at, w)) {
        String unit = FigurePatterns.COUNT_UNITS.longestAt(a, n, at + w.length());
        if (unit != null) {
          NumberToken t = new NumberToken();
          t.type = NumberToken.Type.COUNT;
          t.start = at;
          t.numberStart = at;
          t.numberEnd = at + w.length();
          t.end = t.numberEnd + unit.length();
          t.count = (Long) word[1];
          t.unit = unit;
          t.approximate = true;
          return t;
        }
      }
    }
    return null;
  }
}
