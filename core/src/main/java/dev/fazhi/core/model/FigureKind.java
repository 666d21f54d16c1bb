package dev.fazhi.core.model;

/**
 * The kinds of {@link Figure}; the constant names are the {@code kind} values of the JSON form.
 */
public enum FigureKind {
  /** {@link TaskCompletion}. */
  TASK_COMPLETION,
  /** {@link Rate}. */
  RATE,
  /** {@link Breakdown}. */
  BREAKDOWN,
  /** {@link Subset}. */
  SUBSET,
  /** {@link Count}. */
  COUNT,
  /** {@link Amount}. */
  AMOUNT
}
