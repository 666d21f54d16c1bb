package dev.fazhi.validation.corpus;

/**
 * The character shingles of a text: every run of {@value #K} consecutive letters or digits, after
 * dropping white space and punctuation (so that a copy whose commas were changed or whose lines were
 * broken differently still matches), each hashed to 64 well-mixed bits.
 *
 * <p>A single linear pass with a rolling hash: cost O(length), no allocation beyond the caller's sink.
 * Stateless and thread-safe.
 */
final class Shingles {

  /** Characters per shingle. */
  static final int K = 5;

  static final long BASE = 0x100000001B3L;
  static final long BASE_POW_K;

  static {
    long p = 1;
    for (int i = 0; i < K; i++) {
      p *= BASE;
    }
    BASE_POW_K = p;
  }

  /** Receives the shingles of a text in order. */
  @FunctionalInterface
  interface Sink {
    /**
     * One shingle.
     *
     * @param hash the shingle's hash
     */
    void accept(long hash);
  }

  private Shingles() {}

  /**
   * Whether a character counts for similarity: letters (Han characters included) and digits.
   *
   * @param c the character
   * @return true when kept
   */
  static boolean kept(char c) {
    if (c >= '\u4E00' && c <= '\u9FFF') {
      return true; // the common Han block, most of every report: decided without a table look-up
    }
    return keptOutsideHan(c);
  }

  /**
   * {@link #kept} for a character outside the common Han block (U+4E00–U+9FFF), which callers test
   * first.
   *
   * @param c the character, not in the common Han block
   * @return true when kept
   */
  static boolean keptOutsideHan(char c) {
    return (KEPT[c >>> 6] & (1L << c)) != 0;
  }

  /** {@link #kept} of every UTF-16 unit outside the common Han block, as bits: 8 KB. */
  private static final long[] KEPT = new long[1 << 10];

  static {
    for (int c = 0; c < 1 << 16; c++) {
      boolean kept = c < 128
          ? (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          : Character.isLetterOrDigit((char) c);
      if (kept) {
        KEPT[c >>> 6] |= 1L << c;
      }
    }
  }

  /**
   * Feeds the shingles of a text to a sink.
   *
   * @param text the text
   * @param sink the sink
   * @return how many characters were kept (letters and digits)
   */
  static int scan(CharSequence text, Sink sink) {
    char[] window = new char[K];
    long hash = 0;
    int kept = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (!kept(c)) {
        continue;
      }
      char out = window[kept % K];
      window[kept % K] = c;
      hash = hash * BASE + c;
      if (kept >= K) {
        hash -= out * BASE_POW_K;
      }
      kept++;
      if (kept >= K) {
        sink.accept(mix(hash));
      }
    }
    return kept;
  }

  /**
   * Counts the characters a text keeps for similarity.
   *
   * @param text the text
   * @return letters and digits
   */
  static int keptLength(CharSequence text) {
    int kept = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      if (kept(text.charAt(i))) {
        kept++;
      }
    }
    return kept;
  }

  /** Stafford's mix13: every input bit affects every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
