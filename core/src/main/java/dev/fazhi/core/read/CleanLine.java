package dev.fazhi.core.read;

/**
 * One logical line of a report after cleaning: its text without indentation, residue or repeated
 * spaces, where it came from, and whether it is noise. A physical line may give several logical lines
 * when a numbered item was run onto its end after a run of spaces.
 *
 * @param text the cleaned text, mapped to the source
 * @param lineIndex the 0-based physical line
 * @param noise the kind of noise, or null for content
 * @param mayHoldSpace false when the cleaner saw no space in the line, so that no later step looks for
 *     one ({@link PrintedLayout#despaced})
 */
record CleanLine(MappedText text, int lineIndex, NoiseTable.Kind noise, boolean mayHoldSpace) {

  /** A line that may hold a space: only {@link LineCleaner} knows when one does not. */
  CleanLine(MappedText text, int lineIndex, NoiseTable.Kind noise) {
    this(text, lineIndex, noise, true);
  }

  boolean isBlank() {
    return text.isEmpty();
  }

  int length() {
    return text.length();
  }

  /** The same line, taken for another kind of noise (or for content, with null). */
  CleanLine withNoise(NoiseTable.Kind kind) {
    return new CleanLine(text, lineIndex, kind, mayHoldSpace);
  }

  String string() {
    return text.text();
  }
}
