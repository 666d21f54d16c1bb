package dev.fazhi.core.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Dates as reports write them, and the lines that carry them: the signing date on a line of its own at
 * the end ({@code 2020年4月9日}, {@code 二〇二〇年四月九日}), possibly after the issuer's name, and the
 * publication date on a publication line ({@code 发布时间:2021-01-20}).
 */
final class DateLines {

  /** Words after which a publication line gives the publication date. */
  static final List<String> PUBLICATION_KEYWORDS = List.of("发布时间", "发布日期", "发表时间", "发文时间", "时间");

  /** The longest issuer name that may stand before a date on the date line. */
  static final int MAX_SIGNATURE = 30;

  /**
   * A date found in a text.
   *
   * @param date the date
   * @param start where it starts
   * @param end where it ends (exclusive)
   */
  record Found(LocalDate date, int start, int end) {}

  private DateLines() {}

  /**
   * The date a line consists of, possibly in brackets.
   *
   * @param line the cleaned line
   * @return the date, or null when the line is anything more than a date
   */
  static Found pureDate(String line) {
    String s = CharClasses.fold(line);
    int from = 0;
    int to = s.length();
    while (from < to && (s.charAt(from) == '（' || s.charAt(from) == '(' || s.charAt(from) == ' ')) {
      from++;
    }
    while (to > from && (s.charAt(to - 1) == '）' || s.charAt(to - 1) == ')' || s.charAt(to - 1) == ' ')) {
      to--;
    }
    Found found = dateAt(s, from);
    return found != null && found.end() == to ? found : null;
  }

  /**
   * The date at the end of a signature line: {@code 长兴县卫生健康局 2021年1月19日}.
   *
   * @param line the cleaned line
   * @return the date, or null
   */
  static Found signedDate(String line) {
    Found pure = pureDate(line);
    if (pure != null) {
      return pure;
    }
    String s = CharClasses.fold(line);
    int space = s.lastIndexOf(' ');
    if (space <= 0 || space > MAX_SIGNATURE) {
      return null;
    }
    String prefix = s.substring(0, space);
    for (int i = 0; i < prefix.length(); i++) {
      if (CharClasses.isClauseBoundary(prefix.charAt(i)) || CharClasses.isDigit(prefix.charAt(i))) {
        return null;
      }
    }
    Found date = pureDate(s.substring(space + 1));
    return date == null ? null
        : new Found(date.date(), date.start() + space + 1, date.end() + space + 1);
  }

  /**
   * The publication date on a publication line.
   *
   * @param line the cleaned line
   * @return the date, or null when the line gives none
   */
  static Found publicationDate(String line) {
    String s = CharClasses.fold(line);
    for (String keyword : PUBLICATION_KEYWORDS) {
      int at = s.indexOf(keyword);
      if (at < 0) {
        continue;
      }
      int i = at + keyword.length();
      while (i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == '：' || s.charAt(i) == ' ')) {
        i++;
      }
      Found found = dateAt(s, i);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * Parses a date that starts at a position of a folded text: {@code 2020年4月9日},
   * {@code 二〇二〇年四月九日}, {@code 2021-01-20}, {@code 2021/1/20}, {@code 2021.01.20}.
   *
   * @param s the text, with digits folded to ASCII
   * @param at the position
   * @return the date, or null
   */
  static Found dateAt(String s, int at) {
    Found found = arabicDate(s, at);
    return found != null ? found : chineseDate(s, at);
  }

  private static Found arabicDate(String s, int at) {
    int i = at;
    int[] year = digits(s, i, 4, 4);
    if (year == null) {
      return null;
    }
    i = year[1];
    char sep = i < s.length() ? s.charAt(i) : 0;
    boolean chinese = sep == '年';
    if (!chinese && sep != '-' && sep != '/' && sep != '.') {
      return null;
    }
    i = skipSpaces(s, i + 1);
    int[] month = digits(s, i, 1, 2);
    if (month == null) {
      return null;
    }
    i = month[1];
    if (chinese ? !s.startsWith("月", i) : !s.startsWith(String.valueOf(sep), i)) {
      return null;
    }
    i = skipSpaces(s, i + 1);
    int[] day = digits(s, i, 1, 2);
    if (day == null) {
      return null;
    }
    i = day[1];
    if (chinese) {
      if (i < s.length() && (s.charAt(i) == '日' || s.charAt(i) == '号')) {
        i++;
      } else {
        return null;
      }
    } else if (i < s.length() && CharClasses.isDigit(s.charAt(i))) {
      return null;
    }
    return make(year[0], month[0], day[0], at, i);
  }

  private static Found chineseDate(String s, int at) {
    int i = at;
    int year = 0;
    while (i < s.length() && i - at < 4 && CharClasses.chineseDigit(s.charAt(i)) >= 0) {
      year = year * 10 + CharClasses.chineseDigit(s.charAt(i));
      i++;
    }
    if (i - at != 4 || !s.startsWith("年", i)) {
      return null;
    }
    i++;
    int monthEnd = numeralEnd(s, i);
    int month = CharClasses.chineseNumber(s, i, monthEnd);
    if (month < 1 || !s.startsWith("月", monthEnd)) {
      return null;
    }
    i = monthEnd + 1;
    int dayEnd = numeralEnd(s, i);
    int day = CharClasses.chineseNumber(s, i, dayEnd);
    if (day < 1 || !(s.startsWith("日", dayEnd) || s.startsWith("号", dayEnd))) {
      return null;
    }
    return make(year, month, day, at, dayEnd + 1);
  }

  private static int numeralEnd(String s, int from) {
    int i = from;
    while (i < s.length() && i - from < 3 && CharClasses.isChineseNumeralChar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static Found make(int year, int month, int day, int start, int end) {
    if (year < 1949 || year > 2200) {
      return null;
    }
    try {
      return new Found(LocalDate.of(year, month, day), start, end);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int skipSpaces(String s, int i) {
    int j = i;
    while (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    return j;
  }

  /** Reads min to max ASCII digits; returns {value, end} or null. */
  private static int[] digits(String s, int at, int min, int max) {
    int i = at;
    int value = 0;
    while (i < s.length() && i - at < max && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      value = value * 10 + (s.charAt(i) - '0');
      i++;
    }
    if (i - at < min || (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
      return null;
    }
    return new int[] {value, i};
  }
}
