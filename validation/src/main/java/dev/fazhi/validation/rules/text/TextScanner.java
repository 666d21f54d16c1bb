package dev.fazhi.validation.rules.text;

import dev.fazhi.core.model.SourceLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds editing residue in a text with one hand-written linear scan (no regular expression, so nothing
 * can backtrack): doubled punctuation, Latin letters inside numbers, phrases repeated back to back, and
 * word-processor or web-page residue.
 *
 * <p>All four are found in a single pass over the text's characters, since validating spends much of
 * its time here. Most characters of Chinese prose start nothing and have no equal among the next
 * {@link #MAX_PHRASE} characters. A first pass marks the positions that may: one table of the last
 * position of each character's low ten bits (a character finds its nearest earlier equal, if any,
 * within {@code MAX_PHRASE}) and one of the low bits of the characters that may start a number or a
 * marker. Only the marked positions are looked at closely: compared with their next
 * {@code MAX_PHRASE} neighbours (for every phrase length at once) and checked for the start of a
 * number, a punctuation run or a residue marker. The scan is O(n · MAX_PHRASE) at worst.
 */
final class TextScanner {

  /** What a hit breaks: one kind per text rule. */
  enum Kind {
    /** text.doubled-punctuation. */
    DOUBLED_PUNCTUATION,
    /** text.letter-in-number. */
    LETTER_IN_NUMBER,
    /** text.repeated-phrase. */
    REPEATED_PHRASE,
    /** text.editor-residue. */
    EDITOR_RESIDUE
  }

  /** A span of the text that breaks a text rule, with the message argument. */
  record Hit(Kind rule, int start, int end, String argument) {}

  /** Punctuation that never stands twice in a row (the ellipsis …… and the dash —— are not here). */
  static final String PUNCTUATION = "，、。；：？！,;:?!";

  /** Latin letters that pass for digits: I and l for 1, O and o for 0. */
  static final String LOOK_ALIKES = "IlOo";

  /** The longest phrase checked for repetition; bounds the scan at O(n · this). */
  static final int MAX_PHRASE = 8;

  /** Residue markers; {@code [bookmark:} extends to its closing bracket. */
  static final List<String> RESIDUE = List.of("[bookmark:", "当前位置", "字体:【", "字体：【",
      "【打印】", "【关闭】", "【打印本页】", "【关闭窗口】", "[打印本页]", "[关闭窗口]", "扫一扫在手机打开",
      "视力保护色", "分享到：", "[endif]", "<!--", "所在位置：", "网站标识码", "ICP备", "公网安备", "索引号：",
      "[ 索引号 ]", "您现在的位置", "您的位置", "您当前的位置");

  /**
   * The kind of residue each marker of {@link #RESIDUE} shows, in the same order: a text that carries
   * the page around a report is reported once per kind (its navigation, its page tools, its footer, its
   * metadata block), not once per line.
   */
  static final List<String> RESIDUE_KINDS = List.of("word", "navigation", "tools", "tools",
      "tools", "tools", "tools", "tools", "tools", "tools", "footer",
      "tools", "tools", "word", "word", "navigation", "footer", "footer", "footer", "metadata",
      "metadata", "navigation", "navigation", "navigation");

  /**
   * The kind of residue a marker found shows.
   *
   * @param found the residue as found, which starts with its marker
   * @return the kind, such as {@code navigation}
   */
  static String residueKind(String found) {
    for (int m = 0; m < RESIDUE.size(); m++) {
      if (found.startsWith(RESIDUE.get(m))) {
        return RESIDUE_KINDS.get(m);
      }
    }
    return found;
  }

  /** The residue markers as characters. */
  private static final char[][] MARKERS = RESIDUE.stream().map(String::toCharArray)
      .toArray(char[][]::new);

  /**
   * For each low ten bits of a character, the indices in {@link #MARKERS} of the markers whose first
   * character has them, in order: a position looks only at the markers that may start there.
   */
  private static final int[][] MARKERS_BY_START = markersByStart();

  /**
   * Bit {@code c & 1023} is set for the first character {@code c} of every marker: a quick filter that
   * few other characters pass.
   */
  private static final long[] MARKER_STARTS = markerStarts();

  /** How many low bits of a character key the tables of a scan's first pass. */
  private static final int HASH_MASK = 1023;

  /**
   * True at {@code c & HASH_MASK} for every character {@code c} that may start a number (a digit) or
   * a marker, or ends a line ({@code \n}, {@code \r}): the scan looks closely at every character with
   * those low bits. The line ends are marked so that the scan finds the text's lines on its way
   * ({@link Scan#lines}) instead of a search of the string for them afterwards.
   */
  private static final boolean[] MAY_START = mayStart();

  /** {@link #MAY_START} as 1 or 0, to be shifted into place without a branch. */
  private static final long[] MAY_START_BIT = mayStartBits();

  /**
   * A de Bruijn sequence of order 6: the top six bits of it shifted left by k are different for each
   * k, so they tell which single bit a multiplication by it stood for.
   */
  private static final long DE_BRUIJN = 0x022FDD63CC95386DL;

  /** The bit index for each top six bits of {@link #DE_BRUIJN} times a single bit. */
  private static final byte[] LOWEST_BIT = lowestBits();

  private TextScanner() {}

  private static byte[] lowestBits() {
    byte[] table = new byte[64];
    for (int k = 0; k < 64; k++) {
      table[(int) ((DE_BRUIJN << k) >>> 58)] = (byte) k;
    }
    return table;
  }

  private static int[][] markersByStart() {
    int[][] byStart = new int[HASH_MASK + 1][];
    for (int h = 0; h <= HASH_MASK; h++) {
      int count = 0;
      int[] indices = new int[MARKERS.length];
      for (int m = 0; m < MARKERS.length; m++) {
        if ((MARKERS[m][0] & HASH_MASK) == h) {
          indices[count++] = m;
        }
      }
      byStart[h] = Arrays.copyOf(indices, count);
    }
    return byStart;
  }

  private static boolean[] mayStart() {
    boolean[] starts = new boolean[HASH_MASK + 1];
    for (char digit = '0'; digit <= '9'; digit++) {
      starts[digit & HASH_MASK] = true;
    }
    for (char[] marker : MARKERS) {
      starts[marker[0] & HASH_MASK] = true;
    }
    starts['\n' & HASH_MASK] = true;
    starts['\r' & HASH_MASK] = true;
    return starts;
  }

  private static long[] mayStartBits() {
    long[] bits = new long[HASH_MASK + 1];
    for (int h = 0; h <= HASH_MASK; h++) {
      bits[h] = MAY_START[h] ? 1 : 0;
    }
    return bits;
  }

  private static long[] markerStarts() {
    long[] bits = new long[16];
    for (char[] marker : MARKERS) {
      bits[(marker[0] >> 6) & 15] |= 1L << marker[0];
    }
    return bits;
  }

  private static boolean mayStartMarker(char c) {
    return ((MARKER_STARTS[(c >> 6) & 15] >>> c) & 1) != 0;
  }

  /**
   * Scans a text.
   *
   * @param text the text
   * @return the hits, by rule in no particular order
   */
  static List<Hit> scan(CharSequence text) {
    String string = text.toString();
    return new Scan(string.length()).run(string);
  }

  /**
   * Scans texts one after another, reusing its buffers: for the many short texts (headings,
   * paragraphs) of one report. Not thread-safe.
   */
  static final class Scan {
    private char[] chars;
    private int n;
    private List<Hit> hits;
    /**
     * streakEnd[p] and streakStart[p]: the last and first position of the latest streak of looked-at
     * positions in a row, each equal to the character p further on. A streak that does not end at
     * the position just before the current one is over: nothing needs clearing when a position is
     * passed over or has no equal ahead (a table of counts would be zeroed each time).
     */
    private final int[] streakEnd = new int[MAX_PHRASE + 1];
    private final int[] streakStart = new int[MAX_PHRASE + 1];
    /** Starts of phrases reported as repeated; made on the first one. */
    private boolean[] reported;
    /** Where the number that was last looked at ends; no number starts before it. */
    private int numberEnd;
    /** Per marker, the end of its last hit; it is not looked for before it. Made on the first hit. */
    private int[] markerEnd;
    /** The first {@code ]} or line break at or after {@link #closeFrom}, or -1 for none. */
    private int close;
    private int closeFrom;
    /** The positions of the line ends ({@code \n}, {@code \r}) of the last text scanned, in order. */
    private int[] lineEnds = new int[64];
    private int lineEndCount;

    /** A scanner with room for 256 characters; it grows as texts need. */
    Scan() {
      this(256);
    }

    /**
     * A scanner with room for a text of the given length, so that appending that much copies
     * nothing twice.
     *
     * @param capacity the characters to make room for
     */
    Scan(int capacity) {
      chars = new char[Math.max(16, capacity)];
    }

    /**
     * Scans one text.
     *
     * @param text the text
     * @return the hits, by rule in no particular order
     */
    List<Hit> run(String text) {
      n = 0;
      append(text);
      return run();
    }

    /** Empties the text to scan, for {@link #append} and {@link #run()}. */
    void clear() {
      n = 0;
    }

    /**
     * Appends a piece to the text to scan, copying it straight into the scanner's buffer.
     *
     * @param piece the piece
     * @return the offset of the piece's start in the text scanned
     */
    int append(String piece) {
      int start = n;
      int length = piece.length();
      room(length);
      piece.getChars(0, length, chars, start);
      n = start + length;
      return start;
    }

    /**
     * Appends one character to the text to scan.
     *
     * @param c the character
     */
    void append(char c) {
      room(1);
      chars[n++] = c;
    }

    private void room(int more) {
      if (chars.length - n < more) {
        chars = Arrays.copyOf(chars, Math.max(n + more, 2 * chars.length));
      }
    }

    /**
     * Scans the text appended since the last {@link #clear}.
     *
     * @return the hits, by rule in no particular order
     */
    List<Hit> run() {
      hits = null;
      Arrays.fill(streakEnd, Integer.MIN_VALUE);
      reported = null;
      numberEnd = 0;
      markerEnd = null;
      close = -1;
      closeFrom = Integer.MAX_VALUE;
      lineEndCount = 0;
      lookAt(mark(chars, n));
      return hits == null ? List.of() : hits;
    }

    /**
     * First pass: marks the positions that may start something. last[h] is MAX_PHRASE + 1 past the
     * last position of a character with low bits h, 0 for none; when the character at j finds one at
     * p within MAX_PHRASE before it, p may have an equal ahead and is marked. Every position with an
     * equal among its next MAX_PHRASE characters is marked so (the nearest earlier character with
     * the same low bits is at least as close), and so is every character that may start a number or
     * a marker. One load and one store per character; in Chinese prose about one position in eight
     * is marked, most of them digits. (Measured against a window of counts of the next MAX_PHRASE
     * low bytes, updated twice per character, that this replaces: 12-15 µs against 22-24 µs on the
     * typical report's 6 877 characters, CPU time, alternating in one JVM.) The marks of each 64
     * positions are gathered in a local word without a branch: a may-start character by a 0-or-1 table
     * shifted into place, an equal behind by the sign of {@code j - seen} (1 exactly when
     * {@code seen > j}) shifted to its position, which from the ninth position of a word on falls in the
     * same word (the first eight may mark the word before, and keep the branch); about one character in
     * eight is marked, at random, which a branch mispredicts often (the scan of 2 000 t20k texts under
     * C1: 10 % less CPU, alternating in one JVM). A method of its own, so
     * that a JIT compiles this loop small and on its own, not inside a method that also holds the
     * second pass.
     *
     * @return the marks, bit {@code i & 63} of word {@code i >>> 6} for position {@code i}
     */
    private static long[] mark(char[] chars, int n) {
      int[] last = new int[HASH_MASK + 1];
      long[] marked = new long[(n >>> 6) + 1];
      long[] mayStart = MAY_START_BIT;
      for (int base = 0; base < n; base += 64) {
        int end = Math.min(n, base + 64);
        int head = Math.min(end, base + MAX_PHRASE);
        long word = 0;
        for (int j = base; j < head; j++) {
          int h = chars[j] & HASH_MASK;
          int seen = last[h];
          last[h] = j + MAX_PHRASE + 1;
          if (seen > j) {
            int p = seen - MAX_PHRASE - 1;
            marked[p >>> 6] |= 1L << p;
          }
          word |= mayStart[h] << j;
        }
        for (int j = head; j < end; j++) {
          int h = chars[j] & HASH_MASK;
          int seen = last[h];
          last[h] = j + MAX_PHRASE + 1;
          word |= (((long) (j - seen) >>> 63) << (seen - MAX_PHRASE - 1)) | (mayStart[h] << j);
        }
        marked[base >>> 6] |= word;
      }
      return marked;
    }

    /**
     * Second pass: looks closely at the marked positions, in order. A position passed over has no
     * equal ahead, so a repeated-phrase streak open before it ends there (see {@link #streakEnd}).
     * The ideographs of everyday text (U+4E00..U+9FA5) are most of the marked positions that are no
     * digit; they can start neither a doubled mark nor a number, so they take a shorter look.
     */
    private void lookAt(long[] marked) {
      char[] chars = this.chars;
      for (int word = 0; word < marked.length; word++) {
        long bits = marked[word];
        while (bits != 0) {
          int i = (word << 6) + lowestBit(bits);
          bits &= bits - 1;
          char c = chars[i];
          if (c >= '\u4E00' && c <= '\u9FA5') {
            lookAtHan(i, c);
          } else if (isAsciiDigit(c)) {
            // A digit can start a number only (most marked digits stand inside a number already
            // looked at, and are passed here by one comparison).
            if (i >= numberEnd && (i == 0 || !isLatinLetter(chars[i - 1]))) {
              number(i);
            }
          } else if (c == '\n' || c == '\r') {
            lineEnd(i); // nothing else starts at a line end
          } else {
            look(i, c);
          }
        }
      }
    }

    private void lineEnd(int i) {
      if (lineEndCount == lineEnds.length) {
        lineEnds = Arrays.copyOf(lineEnds, 2 * lineEndCount);
      }
      lineEnds[lineEndCount++] = i;
    }

    /**
     * The lines of the text last scanned, as {@link SourceLines#of(String)} finds them (a line ends at
     * {@code \n}, {@code \r\n} or a lone {@code \r}), from the line ends the scan met: the second
     * pass looks at every line end, since the first marks them all.
     *
     * @return the lines
     */
    SourceLines lines() {
      int[] starts = new int[lineEndCount + 1];
      int[] ends = new int[lineEndCount + 1];
      int count = 0;
      int start = 0;
      for (int k = 0; k < lineEndCount; k++) {
        int at = lineEnds[k];
        if (at < start) {
          continue; // the \n of a \r\n
        }
        starts[count] = start;
        ends[count++] = at;
        start = chars[at] == '\r' && at + 1 < n && chars[at + 1] == '\n' ? at + 2 : at + 1;
      }
      starts[count] = start;
      ends[count++] = n;
      return SourceLines.of(n, starts, ends, count);
    }

    /**
     * The index of the lowest bit set, as {@link Long#numberOfTrailingZeros} gives it, by one
     * multiplication and a table (de Bruijn): C1 compiles that method as its six branches, not as
     * one instruction.
     */
    static int lowestBit(long bits) {
      return LOWEST_BIT[(int) (((bits & -bits) * DE_BRUIJN) >>> 58)];
    }

    /** {@link #look} for a character of U+4E00..U+9FA5: only a marker or a phrase can start there. */
    private void lookAtHan(int i, char c) {
      if (mayStartMarker(c)) {
        residue(i, c);
      }
      int equal = equalAhead(chars, n, i, c);
      if (equal != 0) {
        repeatedPhrases(i, equal);
      }
    }

    /** The characters from {@code start} to {@code end} of the text scanned. */
    private String text(int start, int end) {
      return new String(chars, start, end - start);
    }

    private void hit(Kind rule, int start, int end, String argument) {
      if (hits == null) {
        hits = new ArrayList<>();
      }
      hits.add(new Hit(rule, start, end, argument));
    }

    /** Looks closely at a position that may start something. */
    private void look(int i, char c) {
      if (i + 1 < n && chars[i + 1] == c && (i == 0 || chars[i - 1] != c) && isPunctuation(c)) {
        doubledPunctuation(i, c);
      }
      if (isAsciiDigit(c) && i >= numberEnd && (i == 0 || !isLatinLetter(chars[i - 1]))) {
        number(i);
      }
      if (mayStartMarker(c)) {
        residue(i, c);
      }
      int equal = isHan(c) ? equalAhead(chars, n, i, c) : 0;
      if (equal != 0) {
        repeatedPhrases(i, equal);
      }
    }

    /** A run of one mark, reported once at its first character. */
    private void doubledPunctuation(int start, char c) {
      int end = start + 2;
      while (end < n && chars[end] == c) {
        end++;
      }
      hit(Kind.DOUBLED_PUNCTUATION, start, end, text(start, end));
    }

    /**
     * A number is a run of digits and digit look-alikes that starts with a digit, holds at least two
     * digits and at least one look-alike, and touches no other Latin letter ({@code 20I9},
     * {@code 202l}; not {@code O2O}, {@code ISO9001} or {@code H7N9}).
     */
    private void number(int start) {
      int end = start;
      int digits = 0;
      int letters = 0;
      while (end < n) {
        char d = chars[end];
        if (isAsciiDigit(d)) {
          digits++;
        } else if (isLookAlike(d)) {
          letters++;
        } else {
          break;
        }
        end++;
      }
      boolean letterAfter = end < n && isLatinLetter(chars[end]);
      if (letters > 0 && digits >= 2 && !letterAfter) {
        hit(Kind.LETTER_IN_NUMBER, start, end, text(start, end));
      }
      numberEnd = end;
    }

    /**
     * The markers that start at {@code start}. Each marker is found as a plain search for it would
     * find it: left to right, never within its own previous hit.
     */
    private void residue(int start, char c) {
      for (int m : MARKERS_BY_START[c & HASH_MASK]) {
        char[] marker = MARKERS[m];
        if (marker[0] != c || (markerEnd != null && start < markerEnd[m])
            || !startsWith(start, marker)) {
          continue;
        }
        int end = start + marker.length;
        if (marker[0] == '[') {
          int stop = closeOrBreak(end);
          if (stop >= 0 && chars[stop] == ']') {
            end = stop + 1;
          }
        }
        if (markerEnd == null) {
          markerEnd = new int[MARKERS.length];
        }
        markerEnd[m] = end;
        hit(Kind.EDITOR_RESIDUE, start, end, text(start, end));
      }
    }

    private boolean startsWith(int start, char[] marker) {
      if (start + marker.length > n) {
        return false;
      }
      for (int k = 1; k < marker.length; k++) {
        if (chars[start + k] != marker[k]) {
          return false;
        }
      }
      return true;
    }

    /**
     * The first {@code ]}, line feed or carriage return at or after {@code from}, or -1. Calls come
     * with growing {@code from}, so the answer is remembered and the text is searched once.
     */
    private int closeOrBreak(int from) {
      if (from >= closeFrom && (close < 0 || from <= close)) {
        return close;
      }
      closeFrom = from;
      close = -1;
      for (int i = from; i < n; i++) {
        char c = chars[i];
        if (c == ']' || c == '\n' || c == '\r') {
          close = i;
          break;
        }
      }
      return close;
    }

    /**
     * Phrases of 2 to {@link #MAX_PHRASE} Han characters repeated back to back: a phrase of length
     * {@code p} repeats where {@code p} positions in a row hold a Han character equal to the one
     * {@code p} further on. Reported once at its start, by its shortest length, and only when it is
     * not itself a repetition of a shorter phrase. Called at the Han positions with an equal ahead,
     * given as the bits of {@link #equalAhead}.
     */
    private void repeatedPhrases(int i, int equal) {
      // The set bits only, lowest first (p ascending, as a loop over 2..MAX_PHRASE takes them): most
      // calls have one or two.
      for (int bits = equal; bits != 0; bits &= bits - 1) {
        int p = lowestBit(bits);
        if (streakEnd[p] != i - 1) {
          streakStart[p] = i;
        }
        streakEnd[p] = i;
        if (i - streakStart[p] + 1 == p) {
          int start = i - p + 1;
          if (reported == null) {
            reported = new boolean[n + 1];
          }
          if (!reported[start] && isPrimitive(start, p)) {
            reported[start] = true;
            hit(Kind.REPEATED_PHRASE, start, start + 2 * p,
                text(start, start + p));
          }
        }
      }
    }

    /** Bit {@code p} is set where the character {@code p} further on equals {@code c}, 2 ≤ p ≤ 8. */
    private static int equalAhead(char[] chars, int n, int i, char c) {
      if (i + MAX_PHRASE < n) {
        // All of the window is in the text (nearly always): the seven comparisons written out.
        return (chars[i + 2] == c ? 1 << 2 : 0) | (chars[i + 3] == c ? 1 << 3 : 0)
            | (chars[i + 4] == c ? 1 << 4 : 0) | (chars[i + 5] == c ? 1 << 5 : 0)
            | (chars[i + 6] == c ? 1 << 6 : 0) | (chars[i + 7] == c ? 1 << 7 : 0)
            | (chars[i + 8] == c ? 1 << 8 : 0);
      }
      int limit = Math.min(MAX_PHRASE, n - 1 - i);
      int equal = 0;
      for (int p = 2; p <= limit; p++) {
        if (chars[i + p] == c) {
          equal |= 1 << p;
        }
      }
      return equal;
    }

    /** Whether the phrase at {@code start} is not itself a repetition of a shorter phrase. */
    private boolean isPrimitive(int start, int period) {
      for (int d = 1; d < period; d++) {
        if (period % d != 0) {
          continue;
        }
        boolean repeats = true;
        for (int k = d; k < period && repeats; k++) {
          repeats = chars[start + k] == chars[start + k - d];
        }
        if (repeats) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Whether a character is one of {@link #PUNCTUATION}, by comparisons instead of a search of the
   * string (a call per position where C1 compiles the scan).
   */
  static boolean isPunctuation(char c) {
    switch (c) {
      case '，', '、', '。', '；', '：', '？', '！', ',', ';', ':', '?', '!':
        return true;
      default:
        return false;
    }
  }

  /** Whether a character is one of {@link #LOOK_ALIKES}, by comparisons instead of a search. */
  static boolean isLookAlike(char c) {
    return c == 'I' || c == 'l' || c == 'O' || c == 'o';
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLatinLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static boolean isHan(char c) {
    // Fast paths: U+4E00..U+9FA5, the ideographs of Unicode 1.1, are all of everyday Chinese text;
    // below U+3006 (the first ideographic character, 〆) are the spaces, line breaks, Latin letters
    // and digits that are most of the rest (TextScannerTest checks all 65 536 characters).
    if (c < '\u3006') {
      return false;
    }
    return (c >= '\u4E00' && c <= '\u9FA5') || Character.isIdeographic(c);
  }
}
