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

  private WordTable(List<String> words) {
    this.words = List.copyOf(words);
    for (String w : this.words) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("empty word");
      }
    }
    this.byFirst = new Index(this.words, true);
    this.byLast = new Index(this.words, false);
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
    }

    private int slot(char key) {
      int h = (key * 0x9E3779B1) >>> 16 & mask;
      while (keys[h] != EMPTY && keys[h] != key) {
        h = (h + 1) & mask;
      }
      return h;
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
