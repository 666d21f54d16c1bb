package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Any bytes given to {@link ReportReader#read(java.io.InputStream, String)}, and the same bytes decoded
 * as UTF-8 and given to {@link ReportReader#read(String, String)}, either give a report or end in a
 * {@link ReportFormatException} (a {@link NotAReportException} among them) that names the source. Every
 * other exception or error, and any read slower than a generous bound, is a finding.
 *
 * <p>In a normal build this runs once over the committed inputs in
 * {@code src/test/resources/dev/fazhi/core/read/ReportReaderFuzzTestInputs/read/}. With the environment
 * variable {@code JAZZER_FUZZ=1} Jazzer fuzzes it; see {@code docs/fuzzing.md}.
 */
class ReportReaderFuzzTest {

  /** Small enough that the fuzzer reaches the size limit with short inputs. */
  private static final ReportReader READER = ReportReader.builder().maxBytes(48_000).build();

  /**
   * Fuzzer inputs are at most tens of kilobytes; a linear reader reads them in milliseconds, so even a
   * garbage collection or a JIT compilation cannot explain a read this slow.
   */
  private static final Duration BOUND = Duration.ofSeconds(3);

  @FuzzTest(maxDuration = "5m")
  void read(byte[] input) throws IOException {
    long start = System.nanoTime();
    check(() -> READER.read(new ByteArrayInputStream(input), "fuzz.txt"));
    check(() -> READER.read(new String(input, StandardCharsets.UTF_8), "fuzz.txt"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).as("reading %d bytes twice", input.length).isLessThan(BOUND);
  }

  private static void check(Read read) throws IOException {
    Report report;
    try {
      report = read.read();
    } catch (ReportFormatException e) {
      assertThat(e.getReason()).isNotBlank();
      assertThat(e.getMessage()).startsWith("fuzz.txt");
      return;
    }
    assertThat(report.getTitle()).isNotBlank();
    assertThat(report.getSource()).hasValue("fuzz.txt");
    // Navigation must work on whatever was read.
    assertThat(report.allFigures()).doesNotContainNull();
    assertThat(report.allParagraphs()).doesNotContainNull();
  }

  /** One way of reading. */
  @FunctionalInterface
  private interface Read {
    Report read() throws IOException;
  }
}
