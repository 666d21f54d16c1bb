package dev.fazhi.benchmarks.gen;

/** How a generated report arranges its top-level sections. */
public enum Layout {
  /** Numbered parts: {@code 一、} measures, {@code 二、} shortcomings, and so on. */
  NUMBERED_PARTS,
  /** Numbered thematic headings that together make up the measures, then the other parts. */
  THEMATIC_MEASURES,
  /** Part headings with no label at all, their children numbered {@code （一）}. */
  UNNUMBERED_PARTS,
  /** Thematic headings with no label that together make up the measures; no other heading has one. */
  UNNUMBERED_THEMATIC;

  boolean isThematic() {
    return this == THEMATIC_MEASURES || this == UNNUMBERED_THEMATIC;
  }

  boolean isNumbered() {
    return this == NUMBERED_PARTS || this == THEMATIC_MEASURES;
  }
}
