package dev.fazhi.documents;

import dev.fazhi.core.read.DecodedText;
import java.nio.ByteBuffer;
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
    return decoded(b, source, limits, true).text();
  }

  /**
   * {@link #text}, with the characters it was decoded into, for the core reader to read them without a
   * copy of its own. Without the search for NUL, a text that decodes as UTF-8 without byte-order mark
   * is not searched for U+0000 here (a search of every character): the core reader refuses every text
   * that holds one, and a caller whose reading fails asks {@link #refuseNul} for the error {@link #text}
   * would have given first.
   *
   * @param b the bytes
   * @param source the source name, or null
   * @param limits the limits
   * @param searchNul false to leave a UTF-8 text's U+0000 to the core reader and {@link #refuseNul}
   * @return the text and its characters
   */
  static DecodedText decoded(byte[] b, String source, DocumentLimits limits, boolean searchNul) {
    DecodedText text = decode(b, source, searchNul);
    if (text.length() > limits.getMaxTextChars()) {
      if (!searchNul) {
        refuseNul(b, source); // the error the search would have given before this one
      }
      throw DocumentException.of(DocumentException.Kind.LIMIT, source, 0, null, "textTooLong",
          limits.getMaxTextChars());
    }
    return text;
  }

  /**
   * Refuses, as {@link #text} does, a text without byte-order mark that holds a NUL byte: binary. A text
   * with a byte-order mark may hold U+0000, for the core reader to refuse.
   *
   * @param b the bytes
   * @param source the source name, or null
   * @throws DocumentException if the bytes are binary by that rule
   */
  static void refuseNul(byte[] b, String source) {
    if (FormatSniffer.startsWith(b, 0, 0xEF, 0xBB, 0xBF) || FormatSniffer.startsWith(b, 0, 0xFF, 0xFE)
        || FormatSniffer.startsWith(b, 0, 0xFE, 0xFF)) {
      return;
    }
    for (byte x : b) {
      if (x == 0) {
        throw DocumentException.of(DocumentException.Kind.NOT_A_DOCUMENT, source, 0, null, "binary");
      }
    }
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

  private static DecodedText decode(byte[] b, String source, boolean searchNul) {
    if (FormatSniffer.startsWith(b, 0, 0xEF, 0xBB, 0xBF)) {
      DecodedText text = DecodedText.strictUtf8(b, 3).orElse(null);
      return text != null ? text : DecodedText.of(strict(StandardCharsets.UTF_8, b, 3, source));
    }
    if (FormatSniffer.startsWith(b, 0, 0xFF, 0xFE)) {
      return DecodedText.of(strict(StandardCharsets.UTF_16LE, b, 2, source));
    }
    if (FormatSniffer.startsWith(b, 0, 0xFE, 0xFF)) {
      return DecodedText.of(strict(StandardCharsets.UTF_16BE, b, 2, source));
    }
    // Decoded first: a text that decodes strictly holds U+0000 exactly where the bytes hold a NUL
    // (UTF-8 writes U+0000 as that one byte, and a NUL byte is never inside a well-formed sequence),
    // so one search of its characters tells what the search of its (two to three times as many) bytes
    // told; a text that does not decode has its bytes searched as before.
    DecodedText text = DecodedText.strictUtf8(b, 0).orElse(null);
    if (text != null && (!searchNul || !text.contains('\0'))) {
      return text;
    }
    refuseNul(b, source);
    // No NUL byte, so the text did not decode as UTF-8 (one with a U+0000 holds a NUL byte): GB18030.
    return DecodedText.of(strict(GB18030, b, 0, source));
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
