package dev.fazhi.documents;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain text as a document: its lines, each mapped to its own line number. Decoded as the core reader
 * decodes (UTF-8 with or without byte-order mark, UTF-16 with one, else GB18030), strictly; the core
 * reader reads the bytes itself, so this is only the document's view of them.
 */
final class PlainText {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private PlainText() {}

  static Document read(byte[] b, String source, DocumentLimits limits) {
    return document(text(b, source, limits), source);
  }

  /**
   * The text of a plain text, decoded and checked against the limits: what {@link #read} refuses, this
   * refuses with the same error.
   *
   * @param b the bytes
   * @param source the source name, or null
   * @param limits the limits
   * @return the text
   */
  static String text(byte[] b, String source, DocumentLimits limits) {
    String text = decode(b, source);
    if (text.length() > limits.getMaxTextChars()) {
      throw DocumentException.of(DocumentException.Kind.LIMIT, source, 0, null, "textTooLong",
          limits.getMaxTextChars());
    }
    return text;
  }

  /**
   * The document of a text {@link #text} gave: its lines.
   *
   * @param text the text
   * @param source the source name, or null
   * @return the document
   */
  static Document document(String text, String source) {
    List<DocumentLine> lines = new ArrayList<>();
    int start = 0;
    int n = 1;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        lines.add(DocumentLine.of(text.substring(start, i), Origin.builder().line(n++).build()));
        if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return Document.builder().source(java.util.Optional.ofNullable(source)).format(DocumentFormat.TEXT)
        .lines(lines).build();
  }

  private static String decode(byte[] b, String source) {
    if (FormatSniffer.startsWith(b, 0, 0xEF, 0xBB, 0xBF)) {
      String text = utf8(b, 3, true);
      return text != null ? text : strict(StandardCharsets.UTF_8, b, 3, source);
    }
    if (FormatSniffer.startsWith(b, 0, 0xFF, 0xFE)) {
      return strict(StandardCharsets.UTF_16LE, b, 2, source);
    }
    if (FormatSniffer.startsWith(b, 0, 0xFE, 0xFF)) {
      return strict(StandardCharsets.UTF_16BE, b, 2, source);
    }
    // Decoded first: a text that decodes strictly holds U+0000 exactly where the bytes hold a NUL
    // (UTF-8 writes U+0000 as that one byte, and a NUL byte is never inside a well-formed sequence),
    // so one search of its characters tells what the search of its (two to three times as many) bytes
    // told; a text that does not decode has its bytes searched as before.
    String text = utf8(b, 0, false);
    if (text != null) {
      return text;
    }
    for (byte x : b) {
      if (x == 0) {
        throw DocumentException.of(DocumentException.Kind.NOT_A_DOCUMENT, source, 0, null, "binary");
      }
    }
    // No NUL byte, so the text did not decode as UTF-8 (one with a U+0000 holds a NUL byte): GB18030.
    return strict(GB18030, b, 0, source);
  }

  /**
   * UTF-8, strictly, by the JDK's decoder into an array of as many characters as there are bytes
   * (UTF-8 never gives more), made a string once: cheaper under the client compiler than the JDK's
   * string decoding, which replaces malformed sequences with U+FFFD and so needed a search for U+FFFD
   * and, where one was found (malformed or written as such), a second, strict decoding. A written
   * U+FFFD decodes as itself.
   *
   * @param b the bytes
   * @param from where the text starts (after a byte-order mark)
   * @param nulAllowed false to give null for a text with a U+0000 too
   * @return the text, or null when the bytes are no UTF-8 (or hold a NUL that is not allowed)
   */
  private static String utf8(byte[] b, int from, boolean nulAllowed) {
    char[] out = new char[b.length - from];
    CharBuffer chars = CharBuffer.wrap(out);
    CharsetDecoder d = decoder(StandardCharsets.UTF_8);
    if (!d.decode(ByteBuffer.wrap(b, from, b.length - from), chars, true).isUnderflow()
        || !d.flush(chars).isUnderflow()) {
      return null; // malformed or unmappable (an overflow cannot happen), for the caller to decide
    }
    int n = chars.position();
    if (!nulAllowed) {
      for (int i = 0; i < n; i++) {
        if (out[i] == 0) {
          return null;
        }
      }
    }
    return new String(out, 0, n);
  }

  private static String strict(Charset cs, byte[] b, int from, String source) {
    try {
      return decoder(cs).decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
    } catch (CharacterCodingException e) {
      throw DocumentException.of(DocumentException.Kind.MALFORMED, source, 0, e, "textEncoding");
    }
  }

  private static CharsetDecoder decoder(Charset cs) {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
