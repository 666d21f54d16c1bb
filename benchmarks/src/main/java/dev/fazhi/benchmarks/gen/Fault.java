package dev.fazhi.benchmarks.gen;

/** A fault the validator should report, planted on purpose in a generated report. */
public enum Fault {
  /** The parts listed after a total do not add up to it. */
  WRONG_SUM,
  /** More tasks completed (plus closed) than were assigned. */
  COMPLETED_EXCEEDS_ASSIGNED,
  /** A stated rate that disagrees with the counts it is stated for. */
  RATE_MISMATCH,
  /** A subset larger than the whole it is part of. */
  SUBSET_EXCEEDS_TOTAL,
  /** Two sibling headings with the same number. */
  DUPLICATED_NUMBER,
  /** Sibling heading numbers that skip one. */
  SKIPPED_NUMBER,
  /** Published (or, with no publication line, signed) after 1 April of the following year. */
  LATE_PUBLICATION,
  /** The same punctuation mark twice in a row: {@code ，，}. */
  DOUBLED_PUNCTUATION,
  /** A Latin letter inside a number: {@code 〔20I9〕}. */
  LETTER_IN_NUMBER,
  /** A phrase repeated back to back: {@code 执法执法}. */
  REPEATED_PHRASE
}
