package dev.fazhi.benchmarks;

import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import dev.fazhi.validation.ReportValidator;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;

/**
 * Issue 6's two ratio targets measured in the process's CPU time (so garbage collection and JIT
 * threads count too), with the candidate and its baseline alternating in short rounds in one JVM, so that the ratio holds on a loaded machine where JMH's wall
 * clock scores swing by a factor of two between iterations. Complements {@link ReadBenchmark} and
 * {@link ValidateBenchmark}, which measure the same operations with JMH.
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.fazhi.benchmarks.RatioRun [seconds per side] [--validate] [--warmup seconds]
 * </pre>
 *
 * <p>With {@code --validate} only the validate-versus-parse comparison runs. {@code --warmup} sets the
 * CPU seconds each side runs before it is measured (default 2); on a loaded machine the JIT compilers
 * are still busy after 2 s, and their CPU time counts against whichever side runs.
 */
public final class RatioRun {

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static long sink;
  private static double warmup = 2.0;

  private RatioRun() {}

  /**
   * Runs both comparisons and prints CPU time per operation, throughput and the ratio.
   *
   * @param args optional: CPU seconds to measure each side of each comparison (default 10),
   *     {@code --validate} to run only the validate-versus-parse comparison, and {@code --warmup}
   *     followed by the CPU seconds of warm-up per side (default 2)
   */
  public static void main(String[] args) {
    double seconds = 10;
    boolean validateOnly = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--validate")) {
        validateOnly = true;
      } else if (args[i].equals("--warmup") && i + 1 < args.length) {
        warmup = Double.parseDouble(args[++i]);
      } else {
        seconds = Double.parseDouble(args[i]);
      }
    }
    if (!validateOnly) {
      compareReading(seconds);
    }
    compareValidating(seconds);
    System.out.println("(checksum " + (sink & 1) + ")");
  }

  private static void compareReading(double seconds) {
    TextCorpus corpus = TextCorpus.of(64);
    List<String> texts = corpus.getTexts();
    ReportReader reader = ReportReader.defaults();
    LongSupplier read = () -> {
      long n = 0;
      for (String text : texts) {
        n += reader.read(text).allFigures().size();
      }
      return n;
    };
    LongSupplier regex = () -> {
      long n = 0;
      for (String text : texts) {
        Matcher m = RegexScanBaseline.FIGURE.matcher(text);
        while (m.find()) {
          n += m.end() - m.start();
        }
      }
      return n;
    };
    double[] r = compare(read, regex, seconds);
    double mb = corpus.getUtf8Bytes() / 1e6;
    System.out.printf(Locale.ROOT,
        "read   : %.2f ms/op  %.1f MB/s CPU | regex: %.3f ms/op  %.1f MB/s CPU | reader/regex MB/s = %.3f "
            + "(target >= 0.25)%n",
        r[0] * 1e3, mb / r[0], r[1] * 1e3, mb / r[1], r[1] / r[0]);
  }

  private static void compareValidating(double seconds) {
    for (boolean sourceText : new boolean[] {false, true}) {
      Report report = TypicalReport.generated().toReport(sourceText);
      ReportValidator validator = ReportValidator.defaults();
      ReportJson json = ReportJson.defaults();
      String document = json.write(report);
      double[] v = compare(() -> validator.validate(report).getFindings().size(),
          () -> json.read(document).allFigures().size(), seconds);
      System.out.printf(Locale.ROOT,
          "sourceText=%s validate: %.1f us/op (%.0f ops/s CPU) | parse JSON (%d chars): %.1f us/op (%.0f ops/s CPU)"
              + " | validate/parse cost = %.2f (target <= 1; issue 13: <= 0.5)%n",
          sourceText, v[0] * 1e6, 1 / v[0], document.length(), v[1] * 1e6, 1 / v[1], v[0] / v[1]);
    }
  }

  /** CPU seconds per operation of a and of b, alternating in rounds after a warm-up of both. */
  static double[] compare(LongSupplier a, LongSupplier b, double seconds) {
    measure(a, warmup);
    measure(b, warmup);
    double[] cpu = new double[2];
    long[] ops = new long[2];
    while (cpu[0] < seconds || cpu[1] < seconds) {
      double[] ra = measure(a, 0.2);
      double[] rb = measure(b, 0.2);
      cpu[0] += ra[0];
      ops[0] += (long) ra[1];
      cpu[1] += rb[0];
      ops[1] += (long) rb[1];
    }
    return new double[] {cpu[0] / ops[0], cpu[1] / ops[1]};
  }

  /** Runs an operation for about the given CPU seconds; returns {cpu seconds, operations}. */
  private static double[] measure(LongSupplier op, double seconds) {
    long start = OS.getProcessCpuTime();
    long limit = (long) (seconds * 1e9);
    long ops = 0;
    long used;
    do {
      sink += op.getAsLong();
      ops++;
      used = OS.getProcessCpuTime() - start;
    } while (used < limit);
    return new double[] {used / 1e9, ops};
  }
}
