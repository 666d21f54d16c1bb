package dev.fazhi.validation.corpus;

/**
 * Learns from the reports themselves which wording is common — the regulation's phrases, political
 * formulas, a template everyone fills in — by document frequency: a shingle is common when at least
 * {@code max(minimumReports, share × sampled)} of the first {@code sampleSize} reports contain it. No
 * phrase is listed by hand.
 *
 * <p>Frequencies are counted in a fixed table of {@value #SLOTS} counters indexed by the shingle's hash
 * (a count-min sketch of one row): a count may only be too high, never too low, so a rare shingle that
 * shares its slot with a common one is taken for common (about one in 130 when 8 000 shingles are
 * common) — never the other way round. Memory: 4 MB for the table, freed when learning ends and a
 * bit set of 128 KB kept.
 *
 * <p>Not thread-safe: {@link CorpusCheck} calls it under its lock, in the order reports are added.
 */
final class CommonWording {

  static final int SLOTS = 1 << 20;
  private static final int MASK = SLOTS - 1;

  private final int sampleSize;
  private final int minimumReports;
  private final double share;
  private int[] counts = new int[SLOTS];
  private long[] common;
  private int sampled;

  /**
   * Creates a learner.
   *
   * @param sampleSize how many reports to learn from
   * @param minimumReports the fewest reports a common shingle is in
   * @param share the smallest share of the sampled reports a common shingle is in
   */
  CommonWording(int sampleSize, int minimumReports, double share) {
    this.sampleSize = sampleSize;
    this.minimumReports = minimumReports;
    this.share = share;
  }

  /**
   * Whether learning has ended.
   *
   * @return true once {@link #freeze()} ran
   */
  boolean frozen() {
    return common != null;
  }

  /**
   * Counts one report's distinct shingles.
   *
   * @param distinctShingles the report's shingle hashes, each once
   * @return true when the sample is now full and learning should end
   */
  boolean count(long[] distinctShingles) {
    for (long hash : distinctShingles) {
      counts[slot(hash)]++;
    }
    sampled++;
    return sampled >= sampleSize;
  }

  /** Ends learning: the common slots are fixed from now on. */
  void freeze() {
    int threshold = threshold();
    long[] bits = new long[SLOTS / 64];
    for (int i = 0; i < SLOTS; i++) {
      if (counts[i] >= threshold) {
        bits[i >>> 6] |= 1L << i;
      }
    }
    common = bits;
    counts = null;
  }

  /**
   * The fewest sampled reports a common shingle is in.
   *
   * @return the threshold
   */
  int threshold() {
    return Math.max(minimumReports, (int) Math.ceil(share * sampled));
  }

  /**
   * Whether a shingle is common. Only after {@link #freeze()}.
   *
   * @param hash the shingle's hash
   * @return true when common
   */
  boolean isCommon(long hash) {
    return isCommon(common, hash);
  }

  /**
   * The common slots as bits, for a loop that asks {@link #isCommon(long[], long)} of many shingles
   * without loading the field at each (C1 does not hoist it). Only after {@link #freeze()}; not to be
   * changed.
   *
   * @return the bits
   */
  long[] bits() {
    return common;
  }

  /**
   * {@link #isCommon(long)} against {@link #bits()}.
   *
   * @param bits the common slots
   * @param hash the shingle's hash
   * @return true when common
   */
  static boolean isCommon(long[] bits, long hash) {
    int slot = slot(hash);
    return (bits[slot >>> 6] & (1L << slot)) != 0;
  }

  /**
   * 1 when a shingle is not common, 0 when it is: {@link #isCommon(long[], long)} as a number, so that a
   * loop can count uncommon shingles without a branch (C1 compiles a conditional to a jump, and whether
   * a shingle is common is hard to predict).
   *
   * @param bits the common slots
   * @param hash the shingle's hash
   * @return 1 when uncommon
   */
  static int uncommonBit(long[] bits, long hash) {
    int slot = slot(hash);
    return 1 - (int) ((bits[slot >>> 6] >>> slot) & 1);
  }

  private static int slot(long hash) {
    return (int) (hash ^ (hash >>> 32)) & MASK;
  }
}
