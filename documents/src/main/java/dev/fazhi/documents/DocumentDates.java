package dev.fazhi.documents;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages and files write them. Strict: a year of four digits from 1949 to 2199, a real month
 * and day; anything else is no date, never a guess.
 */
public final class DocumentDates {

  /**
   * China's time zone, fixed at UTC+8 (China has kept no daylight saving time since 1991): a file's
   * save time is turned into a day there.
   */
  public static final ZoneId CHINA = ZoneOffset.ofHours(8);

  /**
   * A date at the start of a value: {@code 2024-03-05}, {@code 2024/3/5}, {@code 2024.03.05},
   * {@code 2024年3月5日}, with optional spaces; full-width digits are folded first. A time after it is
   * ignored.
   */
  private static final Pattern DATE = Pattern.compile(
      "^\\s*(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})(?!\\d)");

  private DocumentDates() {}

  /**
   * The date a value starts with.
   *
   * @param value the value, such as {@code 2024-03-05 10:21:33} or {@code 2024年3月5日}
   * @return the date, or empty when the value does not start with one
   */
  public static Optional<LocalDate> parseLeading(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = DATE.matcher(foldDigits(value));
    if (!m.find()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 1949 || year > 2199) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Full-width digits ({@code ２０２４}) as ASCII; everything else unchanged. */
  static String foldDigits(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９') {
        if (out == null) {
          out = new StringBuilder(s);
        }
        out.setCharAt(i, (char) ('0' + (c - '０')));
      }
    }
    return out == null ? s : out.toString();
  }
}
