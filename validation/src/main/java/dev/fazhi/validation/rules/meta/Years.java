package dev.fazhi.validation.rules.meta;

import dev.fazhi.validation.internal.Digits;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the years a heading or title names: four digits from 1949 to 2099 followed by 年. A year that
 * is one end of a range ({@code 2021-2025年}, {@code 2015年-2020年}, {@code 2021至2025年}) names a period,
 * not a year, and is skipped. A linear scan, no regular expression.
 */
final class Years {

  private static final String RANGE_MARKS = "-－—–~～至到";

  private Years() {}

  static List<Integer> in(String text) {
    List<Integer> years = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Digits.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && Digits.isDigit(text.charAt(end))) {
        end++;
      }
      if (end - i == 4) {
        int value = value(text, i, end);
        boolean plausible = value >= 1949 && value <= 2099;
        int after = end < n && text.charAt(end) == '年' ? end + 1 : end;
        boolean inRange = (i > 0 && RANGE_MARKS.indexOf(text.charAt(i - 1)) >= 0)
            || (after < n && RANGE_MARKS.indexOf(text.charAt(after)) >= 0);
        if (plausible && after > end && !inRange) {
          years.add(value);
        }
      }
      i = end;
    }
    return years;
  }

  private static int value(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      value = value * 10 + Digits.value(c);
    }
    return value;
  }
}
