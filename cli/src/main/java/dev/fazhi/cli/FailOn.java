package dev.fazhi.cli;

import dev.fazhi.validation.Severity;
import java.util.Optional;

/** The lowest severity that makes {@code fazhi check} exit with status 1. */
enum FailOn {
  /** Errors only (the default). */
  ERROR(Severity.ERROR),
  /** Warnings and errors. */
  WARNING(Severity.WARNING),
  /** Any finding. */
  INFO(Severity.INFO),
  /** Findings never change the exit status. */
  NEVER(null);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  /**
   * The lowest failing severity.
   *
   * @return the severity, or empty for {@link #NEVER}
   */
  Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }

  /**
   * Whether a finding of this severity fails the run.
   *
   * @param severity the finding's severity
   * @return true when it reaches the threshold
   */
  boolean fails(Severity severity) {
    return threshold != null && severity.isAtLeast(threshold);
  }
}
