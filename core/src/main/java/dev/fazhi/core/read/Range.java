package dev.fazhi.core.read;

/**
 * A stretch of a text, {@code [from, to)}. Returned by the scanners that find a stretch without making
 * its string (such as {@link Subjects#trimmed}); small enough for the JIT to keep in registers where
 * it is used right away.
 *
 * @param from the first character
 * @param to the end, exclusive
 */
record Range(int from, int to) {

  /** How many characters the stretch holds. */
  int length() {
    return to - from;
  }

  /**
   * The stretch of a text.
   *
   * @param text the text the range is of
   * @return {@code text.substring(from, to)}
   */
  String of(String text) {
    return text.substring(from, to);
  }
}
