package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Report;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DecodedText} against the code it replaces: its strict UTF-8 decoding gives, on seeded random
 * byte strings (well-formed, truncated, overlong, surrogates, stray bytes), the text or the refusal
 * the documents module's former decoding gave; and the reader, given a decoded text, gives the report
 * or the error it gives for the text as a string.
 */
class DecodedTextTest {

  private static final String[] PIECES = {"依法", "行政", "，", "。", "2019", "年", " ", "\u3000", "\t", "\n",
      "\r\n", "\uFEFF", "\uFFFD", "\u0000", "𠀀", "é", "Ａ", "一、", "（二）", "&nbsp;"};
  private static final int[][] ODD_BYTES = {{0xE4}, {0xE4, 0xBE}, {0x80}, {0xC0, 0xAF}, {0xED, 0xA0, 0x80},
      {0xF4, 0x90, 0x80, 0x80}, {0xFF}, {0xF0, 0x9F}};

  @Test
  void strictUtf8AgreesWithTheFormerDecoding() {
    SplittableRandom random = new SplittableRandom(20261204L);
    int refused = 0;
    for (int round = 0; round < 20_000; round++) {
      byte[] b = randomBytes(random);
      int from = b.length > 0 && random.nextInt(4) == 0 ? random.nextInt(Math.min(4, b.length) + 1) : 0;
      String expected = formerUtf8(b, from);
      Optional<DecodedText> got = DecodedText.strictUtf8(b, from);
      if (expected == null) {
        assertThat(got).isEmpty();
        refused++;
        continue;
      }
      assertThat(got).isPresent();
      DecodedText text = got.get();
      assertThat(text.text()).isEqualTo(expected);
      assertThat(text.toString()).isEqualTo(expected);
      assertThat(text.length()).isEqualTo(expected.length());
      assertThat(new String(text.chars(), 0, text.length())).isEqualTo(expected);
      assertThat(text.contains('\0')).isEqualTo(expected.indexOf('\0') >= 0);
      assertThat(text.contains('年')).isEqualTo(expected.indexOf('年') >= 0);
      DecodedText copied = DecodedText.of(expected);
      assertThat(copied.text()).isSameAs(expected);
      assertThat(new String(copied.chars(), 0, copied.length())).isEqualTo(expected);
    }
    assertThat(refused).isBetween(1_000, 19_000);
  }

  @Test
  void theReaderReadsADecodedTextAsItsString() {
    SplittableRandom random = new SplittableRandom(4122026L);
    ReportReader reader = ReportReader.defaults();
    String[] lines = QingheReport.BODY.split("\n");
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder(random.nextInt(5) == 0 ? "\uFEFF" : "");
      if (random.nextBoolean()) {
        b.append(QingheReport.TITLE).append('\n');
      }
      for (String line : lines) {
        if (random.nextInt(6) > 0) {
          b.append(line);
        }
        if (random.nextInt(8) == 0) {
          b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        b.append(random.nextInt(5) == 0 ? "\r\n" : "\n");
      }
      String text = b.toString();
      Object expected = outcome(() -> reader.read(text, "t.txt"));
      DecodedText decoded = DecodedText.strictUtf8(text.getBytes(StandardCharsets.UTF_8), 0).orElseThrow();
      assertThat(outcome(() -> reader.read(decoded, "t.txt"))).as("[%s]", text).isEqualTo(expected);
      assertThat(outcome(() -> reader.read(DecodedText.of(text), "t.txt"))).isEqualTo(expected);
    }
  }

  /** The report, or the refusal's reason key. */
  private static Object outcome(java.util.function.Supplier<Report> read) {
    try {
      return read.get();
    } catch (ReportFormatException e) {
      return e.getClass().getSimpleName() + ":" + e.reason().key();
    }
  }

  private static byte[] randomBytes(SplittableRandom random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int k = random.nextInt(16); k > 0; k--) {
      if (random.nextInt(12) == 0) {
        for (int x : ODD_BYTES[random.nextInt(ODD_BYTES.length)]) {
          out.write(x);
        }
      } else {
        out.writeBytes(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  /** The documents module's former {@code PlainText.utf8}, word for word: null where it refused. */
  private static String formerUtf8(byte[] b, int from) {
    char[] out = new char[b.length - from];
    CharBuffer chars = CharBuffer.wrap(out);
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    if (!d.decode(ByteBuffer.wrap(b, from, b.length - from), chars, true).isUnderflow()
        || !d.flush(chars).isUnderflow()) {
      return null;
    }
    return new String(out, 0, chars.position());
  }
}
