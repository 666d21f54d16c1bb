package dev.fazhi.core.read;

import java.util.Arrays;

/**
 * Text cleaned for reading, with the source offset of each of its characters, so that anything found
 * in it can be placed in the source text.
 */
final class MappedText {

  private final String text;
  private final int[] offsets;
  private final int sourceEnd;

  MappedText(String text, int[] offsets, int sourceEnd) {
    this.text = text;
    this.offsets = offsets;
    this.sourceEnd = sourceEnd;
  }

  /** A whole source text as mapped text: each character at its own offset. */
  static MappedText of(String text) {
    int[] offsets = new int[text.length()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = i;
    }
    return new MappedText(text, offsets, text.length());
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
    if (index < 0) {
      return offsets.length == 0 ? sourceEnd : offsets[0];
    }
    if (index >= offsets.length) {
      return sourceEnd;
    }
    return offsets[index];
  }

  int sourceEnd() {
    return sourceEnd;
  }

  MappedText sub(int from, int to) {
    int f = Math.max(0, Math.min(from, text.length()));
    int t = Math.max(f, Math.min(to, text.length()));
    int end = t < offsets.length ? offsets[t] : sourceEnd;
    if (t > f) {
      end = offsets[t - 1] + 1;
    }
    return new MappedText(text.substring(f, t), Arrays.copyOfRange(offsets, f, t), end);
  }

  MappedText sub(int from) {
    return sub(from, text.length());
  }

  /** This text without leading and trailing spaces. */
  MappedText strip() {
    int f = 0;
    int t = text.length();
    while (f < t && Chars.isSpace(text.charAt(f))) {
      f++;
    }
    while (t > f && Chars.isSpace(text.charAt(t - 1))) {
      t--;
    }
    return f == 0 && t == text.length() ? this : sub(f, t);
  }

  /** Accumulates mapped text. */
  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[64];
    private int sourceEnd;

    Builder append(char c, int offset) {
      if (text.length() == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[text.length()] = offset;
      text.append(c);
      sourceEnd = offset + 1;
      return this;
    }

    Builder append(MappedText other) {
      for (int i = 0; i < other.length(); i++) {
        append(other.text.charAt(i), other.offsets[i]);
      }
      sourceEnd = other.sourceEnd;
      return this;
    }

    int length() {
      return text.length();
    }

    char charAt(int i) {
      return text.charAt(i);
    }

    MappedText build() {
      return new MappedText(text.toString(), Arrays.copyOf(offsets, text.length()), sourceEnd);
    }
  }
}
