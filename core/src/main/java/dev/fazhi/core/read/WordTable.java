package dev.fazhi.core.read;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/**
 * A fixed list of words that answers "which of them starts (or ends) here, the longest first" by
 * looking only at the words that share the character there, instead of trying every word. The reader
 * asks this for every number it meets (its unit, marks of approximation) and for every subject it trims,
 * so the tables stay lists for the tests and for reading, and become this for the lookups. Immutable.
 */
final class WordTable extends AbstractList<String> implements RandomAccess {

  private static final int EMPTY = -1;

  private final List<String> words;
  private final Index byFirst;
  private final Index byLast;
  /** {@link Index#lowBytes} of the words by their first character, read by {@link #mayStartWith}. */
  private final long[] firstBits;

  private WordTable(List<String> words) {
    this.words = List.copyOf(words);
    for (String w : this.words) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("empty word");
      }
    }
    this.byFirst = new Index(this.words, true);
    this.byLast = new Index(this.words, false);
    this.firstBits = byFirst.lowBytes;
  }

  /** A table of the words, in the order given. */
  static WordTable of(String... words) {
    return new WordTable(List.of(words));
  }

  /** A table of the words, in the order given. */
  static WordTable of(List<String> words) {
    return words instanceof WordTable table ? table : new WordTable(words);
  }

  @Override
  public String get(int index) {
    return words.get(index);
  }

  @Override
  public int size() {
    return words.size();
  }

  /**
   * The longest word that starts at a position of a text; of two as long, the one listed first.
   *
   * @return the word, or null when none starts there
   */
  String longestAt(String text, int at) {
    return longestAt(text, at, text.length());
  }

  /**
   * The longest word that starts at a position and ends by a limit; of two as long, the one listed
   * first: what {@link #longestAt(String, int)} finds in the text cut at the limit.
   *
   * @return the word, or null when none starts there
   */
  String longestAt(String text, int at, int limit) {
    if (at < 0 || at >= limit) {
      return null;
    }
    String[] candidates = byFirst.candidates(text.charAt(at));
    if (candidates != null) {
      for (String w : candidates) {
        if (at + w.length() <= limit && matches(text, at, w)) {
          return w;
        }
      }
    }
    return null;
  }

  /**
   * The longest word that ends at a position (exclusive) of a text; of two as long, the one listed
   * first.
   *
   * @return the word, or null when none ends there
   */
  String longestEndingAt(String text, int end) {
    return longestEndingAt(text, end, 0);
  }

  /**
   * The longest word that ends at a position (exclusive) and starts at or after a floor; of two as long,
   * the one listed first: what {@link #longestEndingAt(String, int)} finds in the text from the
   * floor on.
   *
   * @return the word, or null when none ends there
   */
  String longestEndingAt(String text, int end, int floor) {
    if (end <= floor || end > text.length()) {
      return null;
    }
    String[] candidates = byLast.candidates(text.charAt(end - 1));
    if (candidates != null) {
      for (String w : candidates) {
        int from = end - w.length();
        if (from >= floor && matches(text, from, w)) {
          return w;
        }
      }
    }
    return null;
  }

  /**
   * {@link #longestAt(String, int)} on a text given as the first {@code n} characters of an array: the
   * same word for the same characters. The scanner reads its paragraph from an array, where C1 makes a
   * load of each character instead of a call with a bounds check ({@code String.charAt}).
   *
   * @return the word, or null when none starts there
   */
  String longestAt(char[] a, int n, int at) {
    if (at < 0 || at >= n) {
      return null;
    }
    int slot = byFirst.slotOf(a[at]);
    if (slot >= 0) {
      String[] group = byFirst.groups[slot];
      char[][] chars = byFirst.chars[slot];
      for (int g = 0; g < group.length; g++) {
        char[] w = chars[g];
        if (at + w.length <= n && matches(a, at, w)) {
          return group[g];
        }
      }
    }
    return null;
  }

  /**
   * {@link #longestEndingAt(String, int, int)} on a text given as the first {@code n} characters of an
   * array: the same word for the same characters.
   *
   * @return the word, or null when none ends there
   */
  String longestEndingAt(char[] a, int n, int end, int floor) {
    if (end <= floor || end > n) {
      return null;
    }
    int slot = byLast.slotOf(a[end - 1]);
    if (slot >= 0) {
      String[] group = byLast.groups[slot];
      char[][] chars = byLast.chars[slot];
      for (int g = 0; g < group.length; g++) {
        char[] w = chars[g];
        int from = end - w.length;
        if (from >= floor && matches(a, from, w)) {
          return group[g];
        }
      }
    }
    return null;
  }

  /**
   * Whether a word of the table may start with a character: false for every character no word starts
   * with but for those that share the low byte of one's first character. One bit test, small enough for
   * C1 to inline where a loop asks it of every character before calling {@link #longestAt(char[], int,
   * int)}, which answers null for every character this answers false for.
   */
  boolean mayStartWith(char c) {
    return (firstBits[(c & 0xFF) >>> 6] & (1L << c)) != 0;
  }

  /** Whether a word's characters stand in an array from a position; the caller checks the length. */
  private static boolean matches(char[] a, int at, char[] word) {
    for (int k = 0; k < word.length; k++) {
      if (a[at + k] != word[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(String text, int at, String word) {
    int n = word.length();
    if (at + n > text.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (text.charAt(at + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Words grouped by one of their end characters in an open-addressing table, longest first. */
  private static final class Index {
    private final int[] keys;
    private final String[][] groups;
    /** The characters of each group's words, for the lookups on arrays. */
    private final char[][][] chars;
    private final int mask;
    /**
     * One bit for each low byte of a key: a character whose low byte no key has (most, in Chinese
     * text) is answered with one bit test, without hashing.
     */
    private final long[] lowBytes = new long[4];

    Index(List<String> words, boolean first) {
      int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
      this.keys = new int[size];
      this.groups = new String[size][];
      this.mask = size - 1;
      this.chars = new char[size][][];
      java.util.Arrays.fill(keys, EMPTY);
      List<String> longestFirst = new ArrayList<>(words);
      longestFirst.sort(Comparator.comparingInt(String::length).reversed()); // stable: ties keep order
      for (String w : longestFirst) {
        char key = first ? w.charAt(0) : w.charAt(w.length() - 1);
        lowBytes[(key & 0xFF) >>> 6] |= 1L << key;
        int slot = slot(key);
        keys[slot] = key;
        String[] group = groups[slot];
        if (group == null) {
          groups[slot] = new String[] {w};
        } else {
          String[] grown = java.util.Arrays.copyOf(group, group.length + 1);
          grown[group.length] = w;
          groups[slot] = grown;
        }
      }
      for (int s = 0; s < size; s++) {
        if (groups[s] != null) {
          chars[s] = new char[groups[s].length][];
          for (int g = 0; g < groups[s].length; g++) {
            chars[s][g] = groups[s][g].toCharArray();
          }
        }
      }
    }

    private int slot(char key) {
      int h = (key * 0x9E3779B1) >>> 16 & mask;
      while (keys[h] != EMPTY && keys[h] != key) {
        h = (h + 1) & mask;
      }
      return h;
    }

    /** The slot of the words keyed by a character, or -1: what {@link #candidates} looks up. */
    int slotOf(char key) {
      if ((lowBytes[(key & 0xFF) >>> 6] & (1L << key)) == 0) {
        return -1;
      }
      int h = (key * 0x9E3779B1) >>> 16 & mask;
      int k;
      while ((k = keys[h]) != EMPTY) {
        if (k == key) {
          return h;
        }
        h = (h + 1) & mask;
      }
      return -1;
    }

    String[] candidates(char key) {
      if ((lowBytes[(key & 0xFF) >>> 6] & (1L << key)) == 0) {
        return null;
      }
      int h = (key * 0x9E3779B1) >>> 16 & mask;
      int k;
      while ((k = keys[h]) != EMPTY) {
        if (k == key) {
          return groups[h];
        }
        h = (h + 1) & mask;
      }
      return null;
    }
  }
}
