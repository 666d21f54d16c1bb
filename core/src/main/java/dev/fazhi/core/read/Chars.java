package dev.fazhi.core.read;

/**
 * The character classes the reader works with: spaces, punctuation that ends a sentence or a clause,
 * full-width forms and Chinese numerals. One place, so that every scanner agrees on them.
 */
final class Chars {

  /** Marks that end a sentence. */
  static final String SENTENCE_END = "。！？!?；;…";
  /** Marks that end a line that is complete: a sentence end or a colon before a list. */
  static final String LINE_END = "。！？!?；;：:…";
  /** Marks that separate clauses inside a sentence. */
  static final String CLAUSE_SEPARATORS = "，,、：:（）()〔〕【】";
  /** Closing marks that may follow a sentence end. */
  static final String CLOSERS = "”’」』》）)】〕\"'";
  /** Chinese digits as used in numerals and dates. */
  static final String CHINESE_DIGITS = "〇一二三四五六七八九";

  private Chars() {}

  /** Whether a character is white space of any kind: ASCII, no-break, ideographic, en/em spaces. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\f'
        || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u000B';
  }

  /** Whether a character is invisible and carries nothing: zero-width marks, soft hyphen, BOM. */
  static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }

  /** Whether a character is an ASCII or full-width decimal digit. */
  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /** The value of an ASCII or full-width digit. */
  static int digit(char c) {
    return c >= '０' ? c - '０' : c - '0';
  }

  /** Whether a character is a Latin letter, ASCII or full-width. */
  static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ')
        || (c >= 'Ａ' && c <= 'Ｚ');
  }

  /**
   * Folds full-width digits, full stop, percent sign, brackets and colon to their ASCII forms, one
   * character for one, so that offsets stay aligned.
   */
  static String fold(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = fold(c);
      if (f != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? text : new String(out);
  }

  static char fold(char c) {
    if (c >= '０' && c <= '９') {
      return (char) ('0' + (c - '０'));
    }
    switch (c) {
      case '．':
        return '.';
      case '％':
        return '%';
      case '－':
        return '-';
      case '～':
        return '~';
      case '＋':
        return '+';
      default:
        return c;
    }
  }

  static boolean isSentenceEnd(char c) {
    return SENTENCE_END.indexOf(c) >= 0;
  }

  static boolean isClauseBoundary(char c) {
    return SENTENCE_END.indexOf(c) >= 0 || CLAUSE_SEPARATORS.indexOf(c) >= 0;
  }

  /**
   * Whether a line ends as a complete unit: with a sentence end or a colon, possibly followed by
   * closing quotes or brackets.
   */
  static boolean endsComplete(String line) {
    int i = line.length() - 1;
    while (i >= 0 && (CLOSERS.indexOf(line.charAt(i)) >= 0 || isSpace(line.charAt(i)))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    if (LINE_END.indexOf(line.charAt(i)) >= 0) {
      return true;
    }
    // A line that ends with a closing bracket after a sentence end inside it, such as 。）, is complete.
    return false;
  }

  /**
   * Parses a Chinese numeral from 一 to 九十九 ({@code 十}, {@code 十二}, {@code 二十}, {@code 二十三}).
   *
   * @return the value, or -1 if the range is not such a numeral
   */
  static int chineseNumber(CharSequence s, int from, int to) {
    int len = to - from;
    if (len < 1 || len > 3) {
      return -1;
    }
    int ten = -1;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '十') {
        if (ten >= 0) {
          return -1;
        }
        ten = i;
      } else if (chineseDigit(s.charAt(i)) < 1) {
        return -1;
      }
    }
    if (ten < 0) {
      return len == 1 ? chineseDigit(s.charAt(from)) : -1;
    }
    int tens = ten == from ? 1 : (ten == from + 1 ? chineseDigit(s.charAt(from)) : -1);
    if (tens < 1) {
      return -1;
    }
    int units = ten == to - 1 ? 0 : (ten == to - 2 ? chineseDigit(s.charAt(to - 1)) : -1);
    if (units < 0) {
      return -1;
    }
    return tens * 10 + units;
  }

  /** The value of a Chinese digit: 〇/零/○ is 0, 一 to 九 are 1 to 9; -1 otherwise. */
  static int chineseDigit(char c) {
    if (c == '零' || c == '○' || c == 'Ｏ' || c == 'O') {
      return 0;
    }
    return CHINESE_DIGITS.indexOf(c);
  }

  static boolean isChineseNumeralChar(char c) {
    return c == '十' || (CHINESE_DIGITS.indexOf(c) > 0);
  }
}
