package dev.fazhi.validation;

/**
 * How serious a finding is. The constants are declared from most to least serious.
 *
 * <p>{@link #ERROR}: the report contradicts itself or lacks required content. {@link #WARNING}: it
 * breaks the prescribed outline, a deadline or a numbering convention. {@link #INFO}: hygiene a careful
 * editor would fix.
 */
public enum Severity {
  /** The report contradicts itself or lacks required content. */
  ERROR,
  /** The report breaks the prescribed outline, a deadline or a numbering convention. */
  WARNING,
  /** Hygiene a careful editor would fix. */
  INFO;

  /**
   * Whether this severity is at least as serious as a threshold: {@code WARNING.isAtLeast(INFO)} is true,
   * {@code WARNING.isAtLeast(ERROR)} is false.
   *
   * @param threshold the threshold
   * @return true when this severity reaches the threshold
   */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }
}
