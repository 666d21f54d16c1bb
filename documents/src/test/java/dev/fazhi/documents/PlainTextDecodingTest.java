package dev.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded: {@link PlainText#text}, which decodes UTF-8 strictly once into a reused array, gives the text
 * or the error that the simple decoding it replaced gave (the JDK's replacing string decoding, a search
 * for U+FFFD, and the strict decoder where one was found).
 */
class PlainTextDecodingTest {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final byte[][] PIECES = {
    "依法".getBytes(StandardCharsets.UTF_8), "a b\n".getBytes(StandardCharsets.UTF_8),
    "\r\n".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8),
    "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), "２０％".getBytes(StandardCharsets.UTF_8),
    {0}, {(byte) 0xE4, (byte) 0xBE}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "报告".getBytes(GB18030), {(byte) 0xFF},
  };

  @Test
  void decodesAsTheSimpleDecodingDid() {
    SplittableRandom random = new SplittableRandom(17);
    for (int round = 0; round < 5000; round++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int kind = random.nextInt(10);
      if (kind == 0) {
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      int pieces = kind == 1 ? random.nextInt(4000) : random.nextInt(12);
      for (int k = 0; k < pieces; k++) {
        int p = random.nextInt(kind < 5 ? 6 : PIECES.length); // half of them well-formed UTF-8
        out.writeBytes(PIECES[p]);
      }
      byte[] b = out.toByteArray();
      assertThat(outcome(() -> PlainText.text(b, "t.txt", DocumentLimits.DEFAULTS)))
          .as("round %d", round).isEqualTo(outcome(() -> simple(b, "t.txt")));
    }
  }

  private static String outcome(java.util.function.Supplier<String> decoding) {
    try {
      return "text:" + decoding.get();
    } catch (DocumentException e) {
      return "error:" + e.getKind() + ":" + e.getMessage();
    }
  }

  /** The decoding of the plain text before: UTF-8 by the replacing string decoding, then strictly. */
  private static String simple(byte[] b, String source) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
      return text.indexOf('\uFFFD') < 0 ? text : strict(StandardCharsets.UTF_8, b, 3, source);
    }
    String text = new String(b, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0 && text.indexOf('\0') < 0) {
      return text;
    }
    for (byte x : b) {
      if (x == 0) {
        throw DocumentException.of(DocumentException.Kind.NOT_A_DOCUMENT, source, 0, null, "binary");
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return strict(GB18030, b, 0, source);
    }
  }

  private static String strict(Charset cs, byte[] b, int from, String source) {
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, b.length - from))
          .toString();
    } catch (CharacterCodingException e) {
      throw DocumentException.of(DocumentException.Kind.MALFORMED, source, 0, e, "textEncoding");
    }
  }
}
