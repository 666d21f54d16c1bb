package dev.fazhi.validation.rules.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The text scans as they were before they were fused into one pass (one scan per rule, and one per
 * phrase length): the oracle {@link TextScannerTest} compares {@link TextScanner} with.
 */
final class ReferenceTextScanner {


  /** The tables are the scanner's own: this oracle checks the way they are applied, not the tables. */
  private static final String PUNCTUATION = TextScanner.PUNCTUATION;
  private static final String LOOK_ALIKES = TextScanner.LOOK_ALIKES;
  static final int MAX_PHRASE = TextScanner.MAX_PHRASE;
  private static final List<String> RESIDUE = TextScanner.RESIDUE;

  private ReferenceTextScanner() {}

  static List<TextScanner.Hit> scan(CharSequence text) {
    List<TextScanner.Hit> hits = new ArrayList<>();
    String string = text.toString(); // one concrete type: the scans below run on every paragraph
    doubledPunctuation(string, hits);
    lettersInNumbers(string, hits);
    repeatedPhrases(string, hits);
    residue(string, hits);
    return hits;
  }

  static void doubledPunctuation(CharSequence text, List<TextScanner.Hit> hits) {
    int n = text.length();
    int i = 0;
    while (i < n - 1) {
      char c = text.charAt(i);
      if (text.charAt(i + 1) == c && PUNCTUATION.indexOf(c) >= 0) {
        int end = i + 2;
        while (end < n && text.charAt(end) == c) {
          end++;
        }
        hits.add(new TextScanner.Hit(TextScanner.Kind.DOUBLED_PUNCTUATION, i, end, text.subSequence(i, end).toString()));
        i = end;
      } else {
        i++;
      }
    }
  }

  /**
   * A number is a run of digits and digit look-alikes that starts with a digit, holds at least two
   * digits and at least one look-alike, and touches no other Latin letter ({@code 20I9}, {@code 202l};
   * not {@code O2O}, {@code ISO9001} or {@code H7N9}).
   */
  static void lettersInNumbers(CharSequence text, List<TextScanner.Hit> hits) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!TextScanner.isAsciiDigit(c) || (i > 0 && TextScanner.isLatinLetter(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = i;
      int digits = 0;
      int letters = 0;
      while (end < n) {
        char d = text.charAt(end);
        if (TextScanner.isAsciiDigit(d)) {
          digits++;
        } else if (LOOK_ALIKES.indexOf(d) >= 0) {
          letters++;
        } else {
          break;
        }
        end++;
      }
      boolean letterAfter = end < n && TextScanner.isLatinLetter(text.charAt(end));
      if (letters > 0 && digits >= 2 && !letterAfter) {
        hits.add(new TextScanner.Hit(TextScanner.Kind.LETTER_IN_NUMBER, i, end, text.subSequence(i, end).toString()));
      }
      i = end;
    }
  }

  static void repeatedPhrases(CharSequence text, List<TextScanner.Hit> hits) {
    char[] chars = text.toString().toCharArray();
    int n = chars.length;
    boolean[] reported = new boolean[n + 1];
    for (int period = 2; period <= MAX_PHRASE; period++) {
      int run = 0;
      for (int i = 0; i + period < n; i++) {
        char c = chars[i];
        if (c == chars[i + period] && TextScanner.isHan(c)) {
          run++;
        } else {
          run = 0;
        }
        if (run == period) {
          int start = i - period + 1;
          if (!reported[start] && isPrimitive(text, start, period)) {
            reported[start] = true;
            hits.add(new TextScanner.Hit(TextScanner.Kind.REPEATED_PHRASE, start, start + 2 * period,
                text.subSequence(start, start + period).toString()));
          }
        }
      }
    }
  }

  /** Whether the phrase at {@code start} is not itself a repetition of a shorter phrase. */
  private static boolean isPrimitive(CharSequence text, int start, int period) {
    for (int d = 1; d < period; d++) {
      if (period % d != 0) {
        continue;
      }
      boolean repeats = true;
      for (int k = d; k < period && repeats; k++) {
        repeats = text.charAt(start + k) == text.charAt(start + k - d);
      }
      if (repeats) {
        return false;
      }
    }
    return true;
  }

  static void residue(String text, List<TextScanner.Hit> hits) {
    for (String marker : RESIDUE) {
      int from = 0;
      while (true) {
        int at = text.indexOf(marker, from);
        if (at < 0) {
          break;
        }
        int end = at + marker.length();
        if (marker.startsWith("[")) {
          int close = text.indexOf(']', end);
          int lineEnd = lineEnd(text, end);
          if (close >= 0 && close < lineEnd) {
            end = close + 1;
          }
        }
        hits.add(new TextScanner.Hit(TextScanner.Kind.EDITOR_RESIDUE, at, end, text.substring(at, end)));
        from = end;
      }
    }
  }

  private static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }
}
