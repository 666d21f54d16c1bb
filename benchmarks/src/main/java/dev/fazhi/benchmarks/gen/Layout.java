package dev.fazhi.benchmarks.gen;

/** How a generated report arranges its top-level sections. */
public enum Layout {
  /** Numbered parts: {@code 一、} measures, {@code 二、} shortcomings, and so on. */
  NUMBERED_PARTS,
  /** Numbered thematic headings that together make up the measures, then the other parts. */
  THEMATIC_MEASURES,
  /** Part headings with no label at all, their children numbered {@code （一）}. */
  UNNUMBERED_PARTS
}
