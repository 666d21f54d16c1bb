package dev.fazhi.documents;

/** Where a line's numbering label comes from. */
public enum LabelSource {
  /** The line carries no label. */
  NONE,
  /** Word's automatic numbering rendered the label; the text holds it as Word shows it. */
  AUTOMATIC,
  /** The label was typed by hand into the text. */
  TYPED,
  /** Automatic numbering and a typed label both stand at the start (Word shows both: {@code 一、一、}). */
  BOTH
}
