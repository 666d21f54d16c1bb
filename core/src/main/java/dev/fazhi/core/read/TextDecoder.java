package dev.fazhi.core.read;

import dev.fazhi.core.Reason;
import dev.fazhi.core.ReportFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns bytes into text: UTF-8 (with or without byte-order mark), UTF-16 with a byte-order mark, or
 * GB18030 (a superset of GBK), detected in that order. Decoding is strict: a byte sequence that is none
 * of these is an error, never replaced silently. Empty and binary input are errors too.
 */
final class TextDecoder {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoder() {}

  /**
   * Reads a stream fully, failing as soon as it exceeds the limit.
   *
   * @param in the stream; not closed
   * @param maxBytes the limit
   * @param source the source name for errors
   * @return the bytes
   * @throws IOException if reading fails
   */
  static byte[] readAll(InputStream in, long maxBytes, String source) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > maxBytes) {
        throw new ReportFormatException(source, Reason.of("tooLarge", Long.toString(maxBytes)));
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * Decodes bytes, detecting the encoding, and checks the text ({@link #checkText}).
   *
   * @param bytes the bytes
   * @param source the source name for errors
   * @return the text, without byte-order mark
   */
  static String decode(byte[] bytes, String source) {
    return checkText(decodeUnchecked(bytes, source), source);
  }

  /**
   * Decodes bytes, detecting the encoding, without {@link #checkText}'s checks, which the caller makes.
   *
   * @param bytes the bytes
   * @param source the source name for errors
   * @return the text, possibly with a byte-order mark
   */
  static String decodeUnchecked(byte[] bytes, String source) {
    if (bytes.length == 0) {
      throw new ReportFormatException(source, Reason.of("empty"));
    }
    String text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      refuseTruncatedUtf8(bytes, 3, source);
      text = strict(StandardCharsets.UTF_8, bytes, 3, source);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = strict(StandardCharsets.UTF_16LE, bytes, 2, source);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = strict(StandardCharsets.UTF_16BE, bytes, 2, source);
    } else {
      if (looksLikeUtf16WithoutBom(bytes)) {
        throw new ReportFormatException(source, Reason.of("utf16NoBom"));
      }
      if (hasNul(bytes)) {
        throw new ReportFormatException(source, Reason.of("binary"));
      }
      text = tryUtf8(bytes);
      if (text == null) {
        text = tryStrict(GB18030, bytes);
      }
      if (text == null) {
        refuseTruncatedUtf8(bytes, 0, source);
        throw new ReportFormatException(source, Reason.of("encoding"));
      }
    }
    return text;
  }

  /**
   * Checks decoded text: strips a leading byte-order mark, refuses binary and empty text.
   *
   * @param text the text
   * @param source the source name for errors
   * @return the text without byte-order mark
   */
  static String checkText(String text, String source) {
    return CheckedText.of(text, source).text;
  }

  /**
   * A text without its leading byte-order mark, if it has one.
   *
   * @param text the text
   * @return the text without byte-order mark
   */
  static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Refuses UTF-8 that is valid up to an incomplete character at its very end: a file cut off while
   * being saved or downloaded. Saying so is clearer than saying the encoding is unknown.
   */
  private static void refuseTruncatedUtf8(byte[] bytes, int skip, String source) {
    int end = bytes.length;
    for (int p = end - 1; p >= Math.max(skip, end - 3); p--) {
      int b = bytes[p] & 0xFF;
      if ((b & 0xC0) == 0x80) {
        continue; // a continuation byte: look further back for the lead byte
      }
      int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
      if (length > end - p && tryStrictFrom(StandardCharsets.UTF_8, Arrays.copyOf(bytes, p), skip) != null) {
        throw new ReportFormatException(source, Reason.of("truncatedUtf8", Integer.toString(p)));
      }
      return;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * UTF-16 text without a byte-order mark: many NUL bytes on one parity only (mostly ASCII), or NUL
   * bytes mostly on one parity that decode as UTF-16 of that byte order without a NUL character (mostly
   * Chinese, where digits, Latin letters and line ends give the NUL bytes). Binary data has NUL bytes
   * on both parities, or NUL characters.
   */
  private static boolean looksLikeUtf16WithoutBom(byte[] bytes) {
    return mostlyAsciiUtf16(bytes) || nulsOnOneParityDecode(bytes);
  }

  private static boolean nulsOnOneParityDecode(byte[] bytes) {
    if (bytes.length % 2 != 0) {
      return false;
    }
    int even = 0;
    int odd = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    if (even + odd < 2 || (even < 3 * odd && odd < 3 * even)) {
      return false; // hardly any NUL, or as many on both parities: not UTF-16 text
    }
    // ASCII in big-endian UTF-16 is 00 41: NUL first; in little-endian 41 00. A few NULs stand on the
    // other parity (一 is U+4E00), but a NUL character, two NUL bytes in one pair, is binary data.
    String text = tryStrict(even > odd ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE, bytes);
    return text != null && text.indexOf('\u0000') < 0;
  }

  /** Many NUL bytes on one parity only: UTF-16 text of mostly ASCII or CJK without a BOM. */
  private static boolean mostlyAsciiUtf16(byte[] bytes) {
    int n = Math.min(bytes.length, 4096) & ~1;
    if (n < 8) {
      return false;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        evenNul++;
      }
      if (bytes[i + 1] == 0) {
        oddNul++;
      }
    }
    int pairs = n / 2;
    return (evenNul * 10 > pairs * 3 && oddNul * 10 < pairs)
        || (oddNul * 10 > pairs * 3 && evenNul * 10 < pairs);
  }

  private static String strict(Charset charset, byte[] bytes, int skip, String source) {
    String text = tryStrictFrom(charset, bytes, skip);
    if (text == null) {
      throw new ReportFormatException(source, Reason.of("encoding"));
    }
    return text;
  }

  /**
   * Strict UTF-8 by the JDK's fast string decoding: it replaces every malformed sequence with U+FFFD,
   * so a result without U+FFFD is exactly what the strict decoder gives; only a text that holds U+FFFD
   * (malformed, or a replacement character written as such) is decoded again strictly.
   */
  private static String tryUtf8(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.indexOf('\uFFFD') < 0 ? text : tryStrict(StandardCharsets.UTF_8, bytes);
  }

  private static String tryStrict(Charset charset, byte[] bytes) {
    return tryStrictFrom(charset, bytes, 0);
  }

  private static String tryStrictFrom(Charset charset, byte[] bytes, int skip) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
