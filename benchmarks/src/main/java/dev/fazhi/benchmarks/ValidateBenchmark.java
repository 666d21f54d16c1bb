package dev.fazhi.benchmarks;

import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.ValidationResult;
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
 * Issue 6's validating target in one run: {@link ReportValidator#validate} on the model of the
 * {@link TypicalReport}, and as its baseline Jackson parsing that report's JSON with
 * {@link ReportJson}. The target is met when validating runs at least as many operations per second as
 * parsing. With {@code sourceText=true} the model carries its source text, as one read from a
 * published text does, and the JSON holds it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidateBenchmark {

  /** Whether the model, and so its JSON, carries the source text. */
  @Param({"false", "true"})
  public boolean sourceText;

  private final ReportValidator validator = ReportValidator.defaults();
  private final ReportJson json = ReportJson.defaults();
  private Report report;
  private String document;

  /** Creates the benchmark; JMH does this. */
  public ValidateBenchmark() {}

  /** Builds the model and its JSON once, and checks the validator finds the planted fault. */
  @Setup
  public void prepare() {
    report = TypicalReport.generated().toReport(sourceText);
    document = json.write(report);
    if (!json.read(document).equals(report)) {
      throw new IllegalStateException("the typical report does not survive its JSON");
    }
    if (validator.validate(report).isEmpty()) {
      throw new IllegalStateException("the typical report has a planted fault, but no finding");
    }
  }

  /**
   * Validates the typical report.
   *
   * @return the findings, so that the work is not eliminated
   */
  @Benchmark
  public ValidationResult validate() {
    return validator.validate(report);
  }

  /**
   * The baseline: parses the typical report's JSON into a model.
   *
   * @return the report, so that the work is not eliminated
   */
  @Benchmark
  public Report parseJsonBaseline() {
    return json.read(document);
  }
}
