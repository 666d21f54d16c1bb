package dev.fazhi.core.read;

import java.util.Arrays;

/**
 * Text cleaned for reading, with the source offset of each of its characters, so that anything found
 * in it can be placed in the source text.
 */
final class MappedText {

  private final String text;
  /** The source offset of each character, or null when they follow one another from {@link #base}. */
  private final int[] offsets;
  private final int base;
  private final int sourceEnd;
  /**
   * The heading label this text opens with, once {@link #label()} has looked: the layout, the wrapped
   * headings and the outline each ask for it of the same lines. Per reading, like the text.
   */
  private HeadingPatterns.Label label;
  private boolean labelKnown;

  MappedText(String text, int[] offsets, int sourceEnd) {
    this(text, offsets, 0, sourceEnd);
  }

  private MappedText(String text, int[] offsets, int base, int sourceEnd) {
    this.text = text;
    this.offsets = offsets;
    this.base = base;
    this.sourceEnd = sourceEnd;
  }

  /** A whole source text as mapped text: each character at its own offset. */
  static MappedText of(String text) {
    return new MappedText(text, null, 0, text.length());
  }

  /**
   * A stretch of a source text as it stands: the characters from {@code start} to {@code end}, each at
   * its own offset.
   */
  static MappedText contiguous(String source, int start, int end) {
    return new MappedText(source.substring(start, end), null, start, end);
  }

  String text() {
    return text;
  }

  int length() {
    return text.length();
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  /** The source offset of a character; the end of the text maps past its last character. */
  int offsetAt(int index) {
    int n = text.length();
    if (index < 0) {
      return n == 0 ? sourceEnd : at(0);
    }
    if (index >= n) {
      return sourceEnd;
    }
    return at(index);
  }

  private int at(int index) {
    return offsets == null ? base + index : offsets[index];
  }

  int sourceEnd() {
    return sourceEnd;
  }

  /**
   * The heading label this text opens with: {@code HeadingPatterns.match(text(), 0)}, matched once.
   *
   * @return the label, or null when the text opens with none
   */
  HeadingPatterns.Label label() {
    if (!labelKnown) {
      label = HeadingPatterns.match(text, 0);
      labelKnown = true;
    }
    return label;
  }

  /**
   * Where this text starts in its source when it stands there as it is (each character at the offset
   * after the one before), else -1.
   */
  int contiguousBase() {
    return offsets == null ? base : -1;
  }

  MappedText sub(int from, int to) {
    int f = Math.max(0, Math.min(from, text.length()));
    int t = Math.max(f, Math.min(to, text.length()));
    int end = t < text.length() ? at(t) : sourceEnd;
    if (t > f) {
      end = at(t - 1) + 1;
    }
    if (f == 0 && t == text.length() && end == sourceEnd) {
      return this;
    }
    return offsets == null
        ? new MappedText(text.substring(f, t), null, base + f, end)
        : new MappedText(text.substring(f, t), Arrays.copyOfRange(offsets, f, t), 0, end);
  }

  MappedText sub(int from) {
    return sub(from, text.length());
  }

  /** This text without leading and trailing spaces. */
  MappedText strip() {
    int f = 0;
    int t = text.length();
    while (f < t && CharClasses.isSpace(text.charAt(f))) {
      f++;
    }
    while (t > f && CharClasses.isSpace(text.charAt(t - 1))) {
      t--;
    }
    return f == 0 && t == text.length() ? this : sub(f, t);
  }

  /** Accumulates mapped text. */
  static final class Builder {
    private char[] chars;
    private int[] offsets;
    private int length;
    private int sourceEnd;

    /** A builder with room for a number of characters before it grows. */
    Builder(int capacity) {
      chars = new char[Math.max(16, capacity)];
      offsets = new int[chars.length];
    }

    private void ensure(int capacity) {
      if (capacity > chars.length) {
        int grown = Math.max(capacity, chars.length * 2);
        chars = Arrays.copyOf(chars, grown);
        offsets = Arrays.copyOf(offsets, grown);
      }
    }

    Builder append(MappedText other) {
      int n = other.length();
      ensure(length + n);
      other.text.getChars(0, n, chars, length);
      if (other.offsets == null) {
        for (int k = 0; k < n; k++) {
          offsets[length + k] = other.base + k;
        }
      } else {
        System.arraycopy(other.offsets, 0, offsets, length, n);
      }
      length += n;
      sourceEnd = other.sourceEnd;
      return this;
    }

    /** Appends a space that stands for the line break before a source offset. */
    Builder appendSpace(int offset) {
      ensure(length + 1);
      chars[length] = ' ';
      offsets[length++] = offset;
      return this;
    }

    MappedText build() {
      return new MappedText(new String(chars, 0, length), Arrays.copyOf(offsets, length), sourceEnd);
    }
  }
}
