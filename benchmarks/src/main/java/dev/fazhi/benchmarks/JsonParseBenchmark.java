package dev.fazhi.benchmarks;

import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Report;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
 * {@link ReportJson#read(String)} on the JSON of a {@link TypicalReport} (30+ sections, 40+ figures,
 * every location), with and without the source text a reader's model carries. This is the yardstick
 * of issue 6's "validating costs no more than parsing the JSON".
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonParseBenchmark {

  /** Whether the model carries its source text, as one read from a published text does. */
  @Param({"false", "true"})
  public boolean sourceText;

  private final ReportJson json = ReportJson.defaults();
  private String document;
  private long documentBytes;

  /** Creates the benchmark; JMH does this. */
  public JsonParseBenchmark() {}

  /** Writes the typical report as JSON once, before measuring. */
  @Setup
  public void writeDocument() {
    document = json.write(TypicalReport.generated().toReport(sourceText));
    documentBytes = document.getBytes(StandardCharsets.UTF_8).length;
    Report back = json.read(document);
    if (back.allFigures().size() < TypicalReport.MIN_FIGURES) {
      throw new IllegalStateException("the typical report lost figures in JSON");
    }
  }

  /**
   * Parses the document.
   *
   * @param counter counts the JSON bytes parsed
   * @return the report, so that the work is not eliminated
   */
  @Benchmark
  public Report read(ByteCounter counter) {
    counter.bytes += documentBytes;
    return json.read(document);
  }
}
