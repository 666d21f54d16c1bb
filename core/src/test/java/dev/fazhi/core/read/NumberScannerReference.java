package dev.fazhi.core.read;

import dev.fazhi.core.model.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link NumberScanner} as it was before it read its words from the array and counted plain numbers
 * without a {@code BigDecimal} (4 December, {@code fig6}), kept word for word to check the scanner
 * against.
 */
final class NumberScannerReference {

  /** How far back a clause reaches at most, so that no look at a clause costs more than this. */
  static final int MAX_CLAUSE = 200;

  /** The longest run of digits read as a number; longer runs are skipped. */
  static final int MAX_DIGITS = 30;

  private NumberScannerReference() {}

  /**
   * Scans a paragraph already folded, given also as an array of its characters, which the scan reads
   * faster than the string.
   *
   * @param f the folded paragraph text
   * @param a an array that starts with the characters of {@code f}
   * @return the numbers, in order
   */
  static List<NumberToken> scanFolded(String f, char[] a) {
    List<NumberToken> out = new ArrayList<>();
    int n = f.length();
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
        NumberToken word = approximateWord(f, i);
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
      while (intDigits <= 3 && j + 3 < n + 0 && a[j] == ',' && digitsAt(f, j + 1, 3)
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
      if (afterSpace + 1 < n && "-—–~至到+".indexOf(a[afterSpace]) >= 0
          && a[afterSpace + 1] >= '0' && a[afterSpace + 1] <= '9') {
        t.type = NumberToken.Type.SKIPPED;
        skipNext = true;
        out.add(t);
        continue;
      }
      classify(f, a, t, afterSpace);
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

  /** The number written from {@code from} to {@code to}: digits, thousands separators, a point. */
  private static BigDecimal decimal(String f, char[] a, int from, int to) {
    if (to - from <= 18) {
      long v = 0;
      int k = from;
      while (k < to && a[k] >= '0' && a[k] <= '9') {
        v = v * 10 + (a[k] - '0');
        k++;
      }
      if (k == to) {
        return BigDecimal.valueOf(v); // digits alone: no string to build
      }
    }
    return new BigDecimal(f.substring(from, to).replace(",", ""));
  }

  private static boolean isDigitOrDot(char c) {
    return (c >= '0' && c <= '9') || c == '.';
  }

  private static boolean digitsAt(String f, int at, int count) {
    for (int k = at; k < at + count; k++) {
      if (k >= f.length() || f.charAt(k) < '0' || f.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  private static void classify(String f, char[] a, NumberToken t, int at) {
    BigDecimal value = decimal(f, a, t.numberStart, t.numberEnd);
    int k = at;
    if (k < f.length() && a[k] == '%') {
      t.type = NumberToken.Type.PERCENT;
      t.value = value;
      t.end = k + 1;
      bounds(f, t);
      return;
    }
    String time = FigurePatterns.startingWith(f, k, FigurePatterns.NOT_COUNT_UNITS);
    if (time != null) {
      t.type = NumberToken.Type.TIME;
      t.end = k + time.length();
      return;
    }
    boolean approx = false;
    String between = FigurePatterns.startingWith(f, k, FigurePatterns.APPROXIMATE_BETWEEN);
    if (between != null) {
      approx = true;
      k += between.length();
    }
    BigDecimal scale = BigDecimal.ONE;
    MoneyUnit money = null;
    if (f.startsWith("万元", k)) {
      money = MoneyUnit.WAN_YUAN;
      k += 2;
    } else if (f.startsWith("亿元", k)) {
      money = MoneyUnit.YI_YUAN;
      k += 2;
    } else if (f.startsWith("元", k)) {
      money = MoneyUnit.YUAN;
      k += 1;
    } else if (f.startsWith("万", k)) {
      scale = BigDecimal.valueOf(10_000);
      k++;
    } else if (f.startsWith("亿", k)) {
      scale = BigDecimal.valueOf(100_000_000);
      k++;
    }
    if (money == null && scale.signum() > 0 && between == null) {
      String again = FigurePatterns.startingWith(f, k, FigurePatterns.APPROXIMATE_BETWEEN);
      if (again != null) {
        approx = true;
        k += again.length();
      }
    }
    if (money != null) {
      t.type = NumberToken.Type.AMOUNT;
      t.money = money;
      t.value = money.toYuan(value);
      t.unit = money.symbol();
      t.end = k;
    } else {
      String unit = FigurePatterns.startingWith(f, k, FigurePatterns.COUNT_UNITS);
      if (unit == null) {
        t.type = NumberToken.Type.BARE;
        return;
      }
      BigDecimal scaled;
      long count;
      if (scale == BigDecimal.ONE && value.scale() == 0 && value.precision() < 19) {
        scaled = value; // the common case: a whole number with no 万 or 亿
        count = value.longValue();
      } else {
        scaled = value.multiply(scale);
        try {
          count = scaled.stripTrailingZeros().scale() > 0 ? -1 : scaled.longValueExact();
        } catch (ArithmeticException e) {
          count = -1;
        }
      }
      if (count < 0) {
        t.type = NumberToken.Type.SKIPPED;
        t.end = k + unit.length();
        return;
      }
      t.type = NumberToken.Type.COUNT;
      t.count = count;
      t.value = scaled;
      t.unit = unit;
      t.end = k + unit.length();
    }
    String after = FigurePatterns.startingWith(f, t.end, FigurePatterns.APPROXIMATE_AFTER);
    if (after != null) {
      approx = true;
      t.end += after.length();
    }
    String prefix = FigurePatterns.endingWith(f, t.numberStart, FigurePatterns.APPROXIMATE_BEFORE);
    if (prefix != null && t.numberStart - prefix.length() >= t.clauseStart) {
      approx = true;
      t.start = t.numberStart - prefix.length();
    }
    t.approximate = approx;
  }

  private static void bounds(String f, NumberToken t) {
    String least = FigurePatterns.startingWith(f, t.end, FigurePatterns.AT_LEAST);
    String most = FigurePatterns.startingWith(f, t.end, FigurePatterns.AT_MOST);
    String after = longer(least, most);
    if (after != null) {
      t.atLeast = after == least;
      t.atMost = after == most;
      t.end += after.length();
      return;
    }
    least = FigurePatterns.endingWith(f, t.numberStart, FigurePatterns.AT_LEAST);
    most = FigurePatterns.endingWith(f, t.numberStart, FigurePatterns.AT_MOST);
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

  private static NumberToken approximateWord(String f, int at) {
    for (Object[] word : FigurePatterns.APPROXIMATE_WORDS) {
      String w = (String) word[0];
      if (f.startsWith(w, at)) {
        String unit = FigurePatterns.startingWith(f, at + w.length(), FigurePatterns.COUNT_UNITS);
        if (unit != null) {
          NumberToken t = new NumberToken();
          t.type = NumberToken.Type.COUNT;
          t.start = at;
          t.numberStart = at;
          t.numberEnd = at + w.length();
          t.end = t.numberEnd + unit.length();
          t.count = (Long) word[1];
          t.value = BigDecimal.valueOf(t.count);
          t.unit = unit;
          t.approximate = true;
          return t;
        }
      }
    }
    return null;
  }
}
