package dev.fazhi.benchmarks;

import dev.fazhi.documents.DocumentReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 10's target: reading a document with {@link DocumentReader} (the text, its map to the original,
 * labels, metadata, residue) costs at most 1.5 times what the library alone needs to get its plain text:
 * jsoup's {@code Jsoup.parse(...).text()}, POI's {@link XWPFWordExtractor}, PDFBox's
 * {@link PDFTextStripper}. Both sides start from the file's bytes. {@link DocumentRatioRun} measures
 * the same pairs in CPU time, alternating.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DocumentReadBenchmark {

  /** The format. */
  @Param({"html", "docx", "pdf"})
  public String format;

  private byte[] bytes;

  /** A benchmark state; JMH makes it. */
  public DocumentReadBenchmark() {}

  /** Makes the document. */
  @Setup
  public void setUp() {
    bytes = switch (format) {
      case "html" -> DocumentCorpus.html();
      case "docx" -> DocumentCorpus.docx();
      default -> DocumentCorpus.pdf();
    };
  }

  /**
   * Reads the document with fazhi.
   *
   * @return the characters of text, so that the work is not eliminated
   */
  @Benchmark
  public int read() {
    return DocumentReader.defaults().read(bytes, "bench").text().length();
  }

  /**
   * The library's own plain text extraction.
   *
   * @return the characters of text
   * @throws IOException never, the bytes are in memory
   */
  @Benchmark
  public int plainExtraction() throws IOException {
    return plain(format, bytes);
  }

  /**
   * The library's plain text of a document.
   *
   * @param format html, docx or pdf
   * @param bytes the document
   * @return its length in characters
   * @throws IOException never, the bytes are in memory
   */
  static int plain(String format, byte[] bytes) throws IOException {
    switch (format) {
      case "html" -> {
        return Jsoup.parse(new String(bytes, Charset.forName("GB18030"))).text().length();
      }
      case "docx" -> {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
            XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
          return extractor.getText().length();
        }
      }
      default -> {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
          return new PDFTextStripper().getText(doc).length();
        }
      }
    }
  }
}
