package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
   * Fuzzer inputs are at most tens of kilobytes; a linear reader reads them in milliseconds. The bound
   * is on this thread's CPU time, so that neither a loaded machine nor a garbage collection (other
   * threads) can trip it, only a hang or a blow-up in the reader itself.
   */
  private static final Duration BOUND = Duration.ofSeconds(3);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static {
    // Load (and, when fuzzing, instrument) the reader's classes before any input is timed: the first
    // input read after fuzzing started once took 1.7 s, and 4.7 s on a loaded machine, for that alone.
    check(() -> READER.read("某县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n受理申请12件，办结12件。\n",
        "fuzz.txt"));
  }

  @FuzzTest(maxDuration = "5m")
  void read(byte[] input) {
    long start = cpuNanos();
    check(() -> READER.read(new ByteArrayInputStream(input), "fuzz.txt"));
    check(() -> READER.read(new String(input, StandardCharsets.UTF_8), "fuzz.txt"));
    Duration took = Duration.ofNanos(cpuNanos() - start);
    assertThat(took).as("reading %d bytes twice (CPU time)", input.length).isLessThan(BOUND);
  }

  /** This thread's CPU time, or the wall clock where the JVM cannot measure it. */
  private static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  private static void check(Read read) {
    Report report;
    try {
      report = read.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // from a byte array: cannot happen
    } catch (ReportFormatException e) {
      assertThat(e.getReason()).isNotBlank();
      assertThat(e.getMessage()).startsWith("fuzz.txt");
      return;
    }
    assertThat(report.getTitle().orElseThrow()).isNotBlank();
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
