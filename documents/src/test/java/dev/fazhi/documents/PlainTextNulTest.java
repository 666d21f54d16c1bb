package dev.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.read.ReportReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded: {@link DocumentReader#readReport} on a plain text, which leaves a UTF-8 text's U+0000 to the
 * core reader and asks {@link PlainText#refuseNul} only when reading fails, gives the report or the
 * error of the former way: {@link PlainText#text} (which searched every text for NUL first) and the
 * core reader on that text. Texts with and without byte-order marks, NUL bytes anywhere, malformed
 * bytes, and limits a text may exceed.
 */
class PlainTextNulTest {

  private static final byte[][] PIECES = {
    "依法行政".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8), {0},
    "\uFFFE".getBytes(StandardCharsets.UTF_8), {(byte) 0xE4, (byte) 0xBE}, " \t".getBytes(StandardCharsets.UTF_8),
    "\u0001\u0002\u0003".getBytes(StandardCharsets.UTF_8),
  };

  @Test
  void readsAndRefusesAsTheSearchFirstDid() {
    SplittableRandom random = new SplittableRandom(1204);
    String body = SampleText.text(SampleText.CLEAN);
    String[] lines = body.split("\n");
    for (int round = 0; round < 600; round++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int kind = random.nextInt(8);
      if (kind == 0) {
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      } else if (kind == 1) {
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
      }
      for (String line : lines) {
        if (random.nextInt(4) > 0) {
          out.writeBytes((line + "\n").getBytes(kind == 1 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8));
        }
        if (random.nextInt(30) == 0) {
          out.writeBytes(PIECES[random.nextInt(PIECES.length)]);
        }
      }
      byte[] b = out.toByteArray();
      DocumentLimits limits = random.nextInt(4) == 0
          ? DocumentLimits.builder().maxTextChars(1 + random.nextInt(body.length() + 10)).build()
          : DocumentLimits.DEFAULTS;
      DocumentReader reader = DocumentReader.builder().locale(Locale.ENGLISH).limits(limits).build();
      ReportReader core = ReportReader.builder().locale(Locale.ENGLISH).build();
      assertThat(outcome(() -> reader.readReport(b, "t.txt").getReport()))
          .as("round %d", round)
          .isEqualTo(outcome(() -> core.read(PlainText.text(b, "t.txt", limits), "t.txt")));
    }
  }

  private static Object outcome(java.util.function.Supplier<Object> read) {
    try {
      return read.get();
    } catch (ReportFormatException e) {
      return e.getClass().getSimpleName() + ":" + e.getMessage();
    }
  }
}
