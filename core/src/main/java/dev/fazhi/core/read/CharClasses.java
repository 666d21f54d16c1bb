package dev.fazhi.core.read;

/**
 * The character classes the reader works with: spaces, punctuation that ends a sentence or a clause,
 * full-width forms and Chinese numerals. One place, so that every scanner agrees on them.
 */
final class CharClasses {

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

  private static final int SPACE = 1;
  private static final int INVISIBLE = 2;
  /** The characters of {@link #SENTENCE_END}. */
  static final int SENTENCE = 4;
  private static final int CLAUSE = 8;
  private static final int LINE = 16;
  private static final int CLOSER = 32;
  /** Brackets and quotes whose depth the number scanner tracks, and 上 of 上万. */
  static final int SCAN_MARK = 64;
  /** The ASCII digits. */
  static final int ASCII_DIGIT = 128;
  /** Brackets and quotation marks that open: {@code （(“《「‘}. */
  static final int OPENER = 256;
  /** Brackets and quotation marks that close: {@code ）)”》」’}. */
  static final int CLOSING = 512;
  /** What a raw line must not copy as it stands: spaces, invisible and control characters, and the
   * first characters of inline residue ({@code [ & <}). */
  static final int RAW_SPECIAL = 1024;
  /** The characters of {@link #SENTENCE_END} and {@link #CLAUSE_SEPARATORS}. */
  static final int BOUNDARY = SENTENCE | CLAUSE;

  /**
   * The classes of every UTF-16 unit as bits, so that the scanners, which ask for each character of a
   * report, make two array loads instead of searching the strings above. Two levels keep it small
   * enough for the first-level cache: the block of each high byte, and the blocks of 256 characters,
   * where block 0, shared by every high byte with no classed character (all CJK ideographs), is empty.
   */
  private static final char[] BLOCK_OF_HIGH_BYTE = new char[256];
  private static final char[] BLOCKS;
  /** The blocks while they are built. */
  private static char[] building = new char[256 * 8];
  private static int blockCount = 1;

  static {
    mark(" \t\u00A0\u3000\f\u202F\u205F\u000B", SPACE | RAW_SPECIAL);
    for (char c = '\u2000'; c <= '\u200A'; c++) {
      mark(c, SPACE | RAW_SPECIAL);
    }
    mark("\u200B\u200C\u200D\u2060\uFEFF\u00AD", INVISIBLE | RAW_SPECIAL);
    mark(SENTENCE_END, SENTENCE);
    mark(CLAUSE_SEPARATORS, CLAUSE);
    mark(LINE_END, LINE);
    mark(CLOSERS, CLOSER);
    mark("《〔[》〕]“「”」上", SCAN_MARK);
    mark("0123456789", ASCII_DIGIT);
    mark("（(“《「‘", OPENER);
    mark("）)”》」’", CLOSING);
    for (char c = 0; c < 0x20; c++) {
      mark(c, RAW_SPECIAL);
    }
    mark("[&<", RAW_SPECIAL);
    building[BLOCK_OF_HIGH_BYTE[0] << 8 | ' '] &= (char) ~RAW_SPECIAL; // a plain space stays as it is
    BLOCKS = java.util.Arrays.copyOf(building, blockCount * 256);
    building = null;
  }

  private static void mark(String chars, int bits) {
    for (int i = 0; i < chars.length(); i++) {
      mark(chars.charAt(i), bits);
    }
  }

  private static void mark(char c, int bits) {
    int high = c >>> 8;
    if (BLOCK_OF_HIGH_BYTE[high] == 0) {
      if ((blockCount + 1) * 256 > building.length) {
        building = java.util.Arrays.copyOf(building, building.length * 2);
      }
      BLOCK_OF_HIGH_BYTE[high] = (char) blockCount++;
    }
    building[BLOCK_OF_HIGH_BYTE[high] << 8 | (c & 0xFF)] |= (char) bits;
  }

  private CharClasses() {}

  /**
   * The class bits of a character, to test against several of {@link #BOUNDARY}, {@link #SCAN_MARK},
   * {@link #ASCII_DIGIT}, {@link #OPENER}, {@link #CLOSING} and {@link #RAW_SPECIAL} at once.
   */
  static int classes(char c) {
    return BLOCKS[BLOCK_OF_HIGH_BYTE[c >>> 8] << 8 | (c & 0xFF)];
  }

  /**
   * Whether a line's character can be copied as it stands and is no space: not {@link #RAW_SPECIAL},
   * not {@code ' '}. Every unit above U+3000 but the byte-order mark is (CJK, full-width forms), so most
   * characters of a report are answered by two comparisons, the rest by the table.
   */
  static boolean isPlainInLine(char c) {
    return c > '\u3000' ? c != '\uFEFF' : c != ' ' && (classes(c) & RAW_SPECIAL) == 0;
  }

  /** Whether a character is white space of any kind: ASCII, no-break, ideographic, en/em spaces. */
  static boolean isSpace(char c) {
    return (classes(c) & SPACE) != 0;
  }

  /** Whether a character is invisible and carries nothing: zero-width marks, soft hyphen, BOM. */
  static boolean isInvisible(char c) {
    return (classes(c) & INVISIBLE) != 0;
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
    int n = text.length();
    int i = 0;
    // every folded form lies in U+FF05..U+FF5E: one comparison a character finds the first
    while (i < n && (text.charAt(i) < '\uFF05' || fold(text.charAt(i)) == text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    char[] out = text.toCharArray();
    for (; i < n; i++) {
      out[i] = fold(out[i]);
    }
    return new String(out);
  }

  /**
   * Folds the first {@code length} characters of an array in place, as {@link #fold(String)} does.
   *
   * @return whether any character changed
   */
  static boolean foldInPlace(char[] chars, int length) {
    boolean changed = false;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c >= '\uFF05') {
        char f = fold(c);
        if (f != c) {
          chars[i] = f;
          changed = true;
        }
      }
    }
    return changed;
  }

  /** The characters from U+FF05 to U+FF44 that {@link #fold(char)} changes, one bit each. */
  private static final long FOLDED_FROM_FF05 = foldedFromFf05();

  private static long foldedFromFf05() {
    long bits = 0;
    for (char c = '\uFF05'; c < '\uFF05' + 64; c++) {
      if (fold(c) != c) {
        bits |= 1L << (c - '\uFF05');
      }
    }
    return bits;
  }

  /**
   * Whether {@link #fold(char)} changes one of the characters U+FF05 to U+FF44 given as bits (bit k
   * for U+FF05 + k): what {@link #foldsAbove} answers for each, in one test for a whole text.
   *
   * @param fullWidth the characters seen, as bits
   * @return whether folding changes one of them
   */
  static boolean anyFoldsAbove(long fullWidth) {
    return (fullWidth & FOLDED_FROM_FF05) != 0;
  }

  /**
   * Whether {@link #fold(char)} changes a character of U+FF05 or above, by one bit test (the one
   * folded form beyond U+FF44, ～, by a comparison). At 41 bytes of bytecode it is too large for the
   * client compiler to inline (35 at most): a loop over a whole text writes it out instead
   * ({@link CheckedText}, with {@link #anyFoldsAbove}).
   *
   * @param c a character, at least U+FF05
   * @return whether folding changes it
   */
  static boolean foldsAbove(char c) {
    return c < '\uFF05' + 64 ? (FOLDED_FROM_FF05 & (1L << (c - '\uFF05'))) != 0 : c == '～';
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
    return (classes(c) & SENTENCE) != 0;
  }

  static boolean isClauseBoundary(char c) {
    return (classes(c) & BOUNDARY) != 0;
  }

  /**
   * Whether a line ends as a complete unit: with a sentence end or a colon, possibly followed by
   * closing quotes or brackets.
   */
  static boolean endsComplete(String line) {
    int i = line.length() - 1;
    while (i >= 0 && (classes(line.charAt(i)) & (CLOSER | SPACE)) != 0) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    if ((classes(line.charAt(i)) & LINE) != 0) {
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
