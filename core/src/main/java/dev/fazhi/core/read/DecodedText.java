package dev.fazhi.core.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A text together with the characters it was decoded into, for {@link ReportReader#read(DecodedText,
 * String)}: the reader reads a text from an array of its characters, and a text decoded here hands it
 * the decoder's own array instead of a copy taken from the string (under the client compiler that copy
 * was about a tenth of the decoding).
 *
 * <p>Immutable and thread-safe: the array is made here, filled once by the decoder and never handed
 * out or written again.
 */
public final class DecodedText {

  private final String text;
  /** The text's characters, possibly followed by unused room; never written after decoding. */
  private final char[] chars;

  private DecodedText(String text, char[] chars) {
    this.text = text;
    this.chars = chars;
  }

  /**
   * A text as it is: its characters are copied out of it.
   *
   * @param text the text
   * @return the decoded text
   */
  public static DecodedText of(String text) {
    return new DecodedText(text, text.toCharArray());
  }

  /**
   * Bytes decoded as UTF-8, strictly, by the JDK's decoder: a malformed or truncated sequence gives no
   * text rather than U+FFFD in its place (a U+FFFD written in the bytes decodes as itself).
   *
   * @param bytes the bytes
   * @param from where the text starts, such as after a byte-order mark
   * @return the text, or empty when the bytes from {@code from} are no UTF-8
   */
  public static Optional<DecodedText> strictUtf8(byte[] bytes, int from) {
    Objects.checkFromIndexSize(from, 0, bytes.length);
    int size = bytes.length - from;
    // UTF-8 never gives more characters than bytes, but a Chinese text gives about one for three: an
    // array of half the bytes (allocated zeroed, so its size costs) holds most texts, and a text it
    // does not hold goes on into one of the full size.
    char[] out = new char[size / 2 + 16];
    CharBuffer chars = CharBuffer.wrap(out);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, size);
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = d.decode(in, chars, true);
    if (result.isOverflow()) {
      out = Arrays.copyOf(out, chars.position() + in.remaining()); // at most one character per byte left
      chars = CharBuffer.wrap(out).position(chars.position());
      result = d.decode(in, chars, true);
    }
    if (!result.isUnderflow() || !d.flush(chars).isUnderflow()) {
      return Optional.empty(); // malformed or unmappable; no second overflow: room for every byte
    }
    return Optional.of(new DecodedText(new String(out, 0, chars.position()), out));
  }

  /**
   * The text.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * The text's length.
   *
   * @return its number of {@code char}s
   */
  public int length() {
    return text.length();
  }

  /**
   * Whether the text holds a character.
   *
   * @param c the character
   * @return true if one of the text's characters is {@code c}
   */
  public boolean contains(char c) {
    char[] a = chars;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (a[i] == c) {
        return true;
      }
    }
    return false;
  }

  /** The characters, for the reader to read and never write: the first {@link #length()} are the text's. */
  char[] chars() {
    return chars;
  }

  /**
   * The text.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return text;
  }
}
