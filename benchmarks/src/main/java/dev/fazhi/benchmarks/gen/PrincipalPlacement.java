package dev.fazhi.benchmarks.gen;

/** Where a generated report discusses the principal leaders' duties (第一责任人职责). */
public enum PrincipalPlacement {
  /** A section of its own, before the measures. */
  FIRST,
  /** A section of its own, after the shortcomings, as the regulation lists it. */
  OWN_SECTION,
  /** No section of its own: an item under the measures. */
  EMBEDDED,
  /** Not discussed at all. */
  MISSING
}
