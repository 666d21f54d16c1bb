package dev.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fazhi.core.read.ReportReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DocumentReader#readReport} on a plain text decodes it once and hands the text to the core
 * reader: the report, the document and every refusal are what reading the document and then the
 * bytes with the core reader gave.
 */
class PlainTextReportTest {

  private static final DocumentReader READER = DocumentReader.builder().locale(Locale.ENGLISH).build();
  private static final ReportReader CORE = ReportReader.builder().locale(Locale.ENGLISH).build();

  private static byte[] clean(Charset charset) {
    return SampleText.text(SampleText.CLEAN).getBytes(charset);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void theReportAndTheDocumentAreWhatTheTwoReadsGave() throws Exception {
    byte[][] texts = {
      clean(StandardCharsets.UTF_8),
      concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, clean(StandardCharsets.UTF_8)),
      concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, clean(StandardCharsets.UTF_16LE)),
      clean(Charset.forName("GB18030")),
      SampleText.text(SampleText.CLEAN).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
      (SampleText.text(SampleText.CLEAN) + "\n\uFFFD").getBytes(StandardCharsets.UTF_8),
    };
    for (byte[] bytes : texts) {
      DocumentReport read = READER.readReport(bytes, "r.txt");
      assertThat(read.getFormat()).isEqualTo(DocumentFormat.TEXT);
      assertThat(read.getReport()).isEqualTo(CORE.read(new ByteArrayInputStream(bytes), "r.txt"));
      Document document = READER.read(bytes, "r.txt");
      assertThat(read.getDocument()).isEqualTo(document);
      assertThat(read.getDocument().getLines()).isEqualTo(document.getLines());
      // equality is symmetric: equal to another read of the same bytes, not to the Immutables pair
      DocumentReport again = READER.readReport(bytes.clone(), "r.txt");
      assertThat(read).isEqualTo(again).hasSameHashCodeAs(again);
      assertThat(again).isEqualTo(read);
      DocumentReport pair = DocumentReport.of(read.getReport(), document);
      assertThat(read).isNotEqualTo(pair);
      assertThat(pair).isNotEqualTo(read);
      assertThat(READER.readReport(bytes, "other.txt")).isNotEqualTo(read);
    }
  }

  @Test
  void aTextTheDocumentRefusesIsRefusedWithTheDocumentsError() {
    byte[][] refused = {
      "法治政府建设年度报告\u0000二".getBytes(StandardCharsets.UTF_8),
      concat(clean(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, (byte) 0x80, (byte) 0x81}),
      concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xC3, 0x28}),
      new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 0x61},
    };
    for (byte[] bytes : refused) {
      Throwable document = catchThrowable(() -> READER.read(bytes, "r.txt"));
      assertThat(document).isInstanceOf(DocumentException.class);
      Throwable report = catchThrowable(() -> READER.readReport(bytes, "r.txt"));
      assertThat(report).isInstanceOf(DocumentException.class).hasMessage(document.getMessage());
    }
  }

  @Test
  void aTextTheCoreReaderRefusesIsRefusedWithItsError() {
    byte[][] refused = {
      new byte[0],
      " \n\t\n".getBytes(StandardCharsets.UTF_8),
      "这只是一句话。".getBytes(StandardCharsets.UTF_8),
      "\uFEFF\uFEFF你好".getBytes(StandardCharsets.UTF_8),
    };
    for (byte[] bytes : refused) {
      Throwable core = catchThrowable(() -> CORE.read(new ByteArrayInputStream(bytes), "r.txt"));
      assertThat(core).as(new String(bytes, StandardCharsets.UTF_8)).isNotNull();
      assertThat(catchThrowable(() -> READER.readReport(bytes, "r.txt")))
          .isInstanceOf(core.getClass()).hasMessage(core.getMessage());
    }
  }

  @Test
  void aFileIsReadWhole(@TempDir Path dir) throws Exception {
    byte[] bytes = clean(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("r.txt"), bytes);
    assertThat(READER.readReport(file).getReport())
        .isEqualTo(CORE.read(new ByteArrayInputStream(bytes), file.toString()));
    Path empty = Files.write(dir.resolve("e.txt"), new byte[0]);
    assertThat(catchThrowable(() -> READER.readReport(empty)))
        .hasMessage(catchThrowable(() -> CORE.read(empty)).getMessage());
  }
}
