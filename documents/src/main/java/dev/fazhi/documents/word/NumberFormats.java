package dev.fazhi.documents.word;

/**
 * Renders a counter in one of Word's number formats ({@code w:numFmt}), as Word shows it.
 *
 * <p>The Chinese formats follow the way the numbers are read: {@code chineseCounting} and
 * {@code chineseCountingThousand} give 十 for 10 and 十一 … 十九 (never 一十), 二十, 一百, 一百零一, 一百一十,
 * 一千零一; {@code chineseLegalSimplified} gives the financial numerals with the leading 壹 kept
 * (壹拾, 壹拾壹). {@code ideographTraditional} (甲乙丙…癸) and {@code ideographZodiac} (子丑寅…亥) have ten and
 * twelve signs; past them the number is shown in decimal. {@code decimalEnclosedCircle} (① … ⑳) and the
 * other enclosed forms exist up to 20 and fall back to decimal past it, as Word does. Formats this class
 * does not know are rendered in decimal, which is also Word's fallback.
 */
public final class NumberFormats {

  private static final String CN_DIGITS = "〇一二三四五六七八九";
  private static final String CN_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String[] CN_UNITS = {"", "十", "百", "千"};
  private static final String[] CN_LEGAL_UNITS = {"", "拾", "佰", "仟"};
  private static final String TIANGAN = "甲乙丙丁戊己庚辛壬癸";
  private static final String DIZHI = "子丑寅卯辰巳午未申酉戌亥";

  private NumberFormats() {}

  /**
   * Renders a number.
   *
   * @param n the counter, 0 or more
   * @param numFmt the {@code w:numFmt} value, such as {@code chineseCounting}; null means decimal
   * @return the number as Word shows it
   */
  public static String format(int n, String numFmt) {
    if (numFmt == null) {
      return Integer.toString(n);
    }
    return switch (numFmt) {
      case "decimal", "decimalHalfWidth" -> Integer.toString(n);
      case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
      case "upperRoman" -> roman(n);
      case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
      case "upperLetter" -> letters(n, 'A');
      case "lowerLetter" -> letters(n, 'a');
      case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting" ->
          chinese(n, CN_DIGITS, CN_UNITS, "万", true);
      case "chineseLegalSimplified" -> chinese(n, CN_LEGAL_DIGITS, CN_LEGAL_UNITS, "万", false);
      case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(TIANGAN.charAt(n - 1)) : Integer.toString(n);
      case "ideographZodiac" -> n >= 1 && n <= 12 ? String.valueOf(DIZHI.charAt(n - 1)) : Integer.toString(n);
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
          n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : Integer.toString(n);
      case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : Integer.toString(n);
      case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1)) : Integer.toString(n);
      case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
      case "ideographDigital", "japaneseDigitalTenThousand" -> digits(n);
      case "none", "bullet" -> "";
      default -> Integer.toString(n);
    };
  }

  /**
   * A number read out in Chinese: up to 9 999 with the four units, up to 99 999 999 as groups of four
   * digits joined by 万; larger numbers, which no list reaches, in decimal. A run of zeros inside is said
   * once, as 零 (一百零一, 一千零一十, 一万零五); zero alone is 〇 (零 in the legal numerals); a number from 10 to 19 drops its leading 一 in the counting formats
   * (十一), not in the legal one (壹拾壹).
   */
  static String chinese(int n, String digits, String[] units, String wan, boolean dropLeadingOne) {
    if (n == 0) {
      return String.valueOf(digits.charAt(0));
    }
    if (n < 0 || n >= 100_000_000) {
      return Integer.toString(n);
    }
    String out;
    if (n >= 10_000) {
      int low = n % 10_000;
      out = group(n / 10_000, digits, units) + wan
          + (low == 0 ? "" : (low < 1000 ? "零" : "") + group(low, digits, units));
    } else {
      out = group(n, digits, units);
    }
    if (dropLeadingOne && n >= 10 && n < 20) {
      out = out.substring(1);
    }
    return out;
  }

  /** 1 to 9 999: digits with units, one zero for any run of zeros inside, none at the end. */
  private static String group(int n, String digits, String[] units) {
    StringBuilder out = new StringBuilder();
    boolean zero = false;
    for (int u = 3; u >= 0; u--) {
      int pow = (int) Math.pow(10, u);
      int d = (n / pow) % 10;
      if (d == 0) {
        if (out.length() > 0) {
          zero = true;
        }
        continue;
      }
      if (zero) {
        out.append('零');
        zero = false;
      }
      out.append(digits.charAt(d)).append(units[u]);
    }
    return out.toString();
  }

  private static String roman(int n) {
    if (n <= 0 || n >= 4000) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    int r = n;
    for (int i = 0; i < values.length; i++) {
      while (r >= values[i]) {
        out.append(symbols[i]);
        r -= values[i];
      }
    }
    return out.toString();
  }

  /** Word's letters: A … Z, then AA … ZZ, AAA …: the letter repeated, not a base-26 number. */
  private static String letters(int n, char a) {
    if (n <= 0) {
      return Integer.toString(n);
    }
    char c = (char) (a + (n - 1) % 26);
    return String.valueOf(c).repeat(Math.min((n - 1) / 26 + 1, 64));
  }

  private static String fullWidth(int n) {
    String s = Integer.toString(n);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
    }
    return out.toString();
  }

  private static String digits(int n) {
    String s = Integer.toString(n);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= '0' && c <= '9' ? CN_DIGITS.charAt(c - '0') : c);
    }
    return out.toString();
  }
}
