package dev.fazhi.validation.corpus;

import java.util.Arrays;

/**
 * One-permutation MinHash (Li, Owen and Zhang 2012) with optimal densification (Shrivastava 2017): a
 * set of 64-bit shingle hashes becomes {@value #BINS} bins; the top bits of a hash choose its bin, the
 * bin keeps the smallest hash it saw, and an empty bin borrows from another bin chosen by a hash of
 * its own index, so that two sets agree on a bin with probability equal to their Jaccard similarity.
 * Each bin is kept as 16 bits (b-bit MinHash): two different minima agree by chance with probability
 * 2<sup>-16</sup>, which {@link #similarity} corrects for.
 *
 * <p>Cost: O(1) per shingle, O(bins) to finish; a sketch is {@value #BINS} chars (128 bytes). An
 * accumulator is not thread-safe; sketches are never modified once made.
 */
final class MinHash {

  /** Bins per sketch. */
  static final int BINS = 64;

  private static final int SHIFT = 64 - Integer.numberOfTrailingZeros(BINS);
  /** The bits of a hash below those choosing its bin: a constant, not worked out per hash under C1. */
  static final long REST = -1L >>> Integer.numberOfTrailingZeros(BINS);

  private final long[] minima = new long[BINS];
  private int count;

  MinHash() {
    Arrays.fill(minima, Long.MAX_VALUE);
  }

  /**
   * Adds one shingle hash.
   *
   * @param hash the hash
   */
  void add(long hash) {
    int bin = (int) (hash >>> SHIFT);
    long rest = hash & REST;
    if (rest < minima[bin]) {
      minima[bin] = rest;
    }
    count++;
  }

  /**
   * The bins' minima, for a caller's loop that adds hashes itself as {@link #add} does (and then tells
   * how many by {@link #added}): {@code minima()[hash >>> SHIFT]} keeps the smallest {@code hash & REST}.
   *
   * @return the minima, written in place
   */
  long[] minima() {
    return minima;
  }

  /**
   * Counts hashes a caller added to {@link #minima()} itself.
   *
   * @param n how many
   */
  void added(int n) {
    count += n;
  }

  /**
   * The bin of a hash.
   *
   * @param hash the hash
   * @return its bin
   */
  static int bin(long hash) {
    return (int) (hash >>> SHIFT);
  }

  /**
   * How many hashes were added (with repeats).
   *
   * @return the count
   */
  int count() {
    return count;
  }

  /**
   * The sketch of what was added: empty bins densified, each bin cut to 16 bits.
   *
   * @return the sketch, or null when nothing was added
   */
  char[] sketch() {
    if (count == 0) {
      return null;
    }
    char[] sketch = new char[BINS];
    sketchInto(sketch, 0);
    return sketch;
  }

  /**
   * {@link #sketch()} written to {@code out} from {@code at}, when something was added.
   *
   * @param out the array
   * @param at where the sketch starts
   */
  void sketchInto(char[] out, int at) {
    if (count == 0) {
      throw new IllegalStateException("nothing was added");
    }
    for (int bin = 0; bin < BINS; bin++) {
      long value = minima[bin];
      int attempt = 1;
      int from = bin;
      while (value == Long.MAX_VALUE) {
        from = (int) (Shingles.mix(((long) bin << 32) | attempt) >>> SHIFT);
        value = minima[from];
        attempt++;
      }
      // A borrowed value is tagged with the bin it came from, as the densification scheme requires.
      out[at + bin] = (char) Shingles.mix(value * 31 + from);
    }
  }

  /**
   * The estimated Jaccard similarity of the sets two sketches were made from.
   *
   * @param a a sketch
   * @param b another
   * @return between 0 and 1
   */
  static double similarity(char[] a, char[] b) {
    int equal = 0;
    for (int i = 0; i < BINS; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    double chance = 1.0 / 65536;
    double raw = (double) equal / BINS;
    return Math.max(0, (raw - chance) / (1 - chance));
  }
}
