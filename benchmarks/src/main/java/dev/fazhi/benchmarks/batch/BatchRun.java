package dev.fazhi.benchmarks.batch;

import dev.fazhi.benchmarks.TextCorpus;
import dev.fazhi.benchmarks.gen.GeneratedReport;
import dev.fazhi.benchmarks.gen.ReportTextGenerator;
import dev.fazhi.core.ReportFormatException;
import dev.fazhi.validation.ValidationResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a {@link Stage} over many generated texts, as a national year of reports would be processed,
 * and prints wall time, throughput, peak heap, format errors and findings for each thread count asked
 * for. A text the stage refuses with a {@code ReportFormatException} is counted as an error, not lost.
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.fazhi.benchmarks.batch.BatchRun \
 *     --stage regex --texts 100000 --threads 1,2 --pool 2000
 * </pre>
 *
 * <p>With {@code --pool P} (default 2000) the first P texts are generated before the clock starts and
 * text {@code i} of the run is pool text {@code i mod P}: the run measures the stage, not the
 * generator, while holding only P texts in memory. With {@code --pool 0} each text is generated as it
 * is processed and generation is timed too.
 */
public final class BatchRun {

  private BatchRun() {}

  /**
   * Runs the batch.
   *
   * @param args {@code --stage NAME --texts N --threads T[,T...] --pool P --seed S}
   * @throws Exception if a stage fails
   */
  public static void main(String[] args) throws Exception {
    String stageName = "regex";
    long texts = 100_000;
    String threadList = String.valueOf(Runtime.getRuntime().availableProcessors());
    int poolSize = 2_000;
    long seed = TextCorpus.SEED;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--stage" -> stageName = value;
        case "--texts" -> texts = Long.parseLong(value);
        case "--threads" -> threadList = value;
        case "--pool" -> poolSize = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        default -> {
          System.err.println("usage: BatchRun [--stage " + String.join("|", Stages.names())
              + "] [--texts N] [--threads T[,T...]] [--pool P] [--seed S]");
          System.exit(2);
          return;
        }
      }
      i++;
    }
    Stage stage = Stages.named(stageName);
    Source source = new Source(ReportTextGenerator.withSeed(seed), poolSize);
    System.out.printf(Locale.ROOT, "stage=%s texts=%d pool=%d (%.1f MB, generated in %.1f s) max heap=%d MB%n",
        stageName, texts, poolSize, source.poolBytes / 1e6, source.poolSeconds,
        Runtime.getRuntime().maxMemory() >> 20);
    double single = 0;
    for (String threads : threadList.split(",")) {
      Result result = run(stage, Integer.parseInt(threads.trim()), texts, source);
      if (single == 0) {
        single = result.seconds;
      }
      System.out.printf(Locale.ROOT,
          "threads=%d time=%.2f s  %.1f MB/s  %.0f texts/s  speed-up=%.2f  peak heap=%d MB  (checksum %d)%n",
          result.threads, result.seconds, result.bytes / 1e6 / result.seconds, texts / result.seconds,
          single / result.seconds, peakHeapMegabytes(), result.checksum);
      System.out.printf(Locale.ROOT,
          "          results=%d  format errors=%d  unaccounted=%d  findings=%d (%.0f findings/s)%n",
          result.results, result.errors, texts - result.results - result.errors, result.findings,
          result.findings / result.seconds);
    }
  }

  private static Result run(Stage stage, int threads, long count, Source source)
      throws InterruptedException, ExecutionException {
    AtomicLong next = new AtomicLong();
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<long[]>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(executor.submit(() -> {
          long bytes = 0;
          long checksum = 0;
          long errors = 0;
          long findings = 0;
          long results = 0;
          for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            String text = source.text(i);
            bytes += source.bytes(i, text);
            Object result;
            try {
              result = stage.process(text);
            } catch (ReportFormatException e) {
              errors++; // a named error: counted, never lost
              continue;
            }
            if (result instanceof ValidationResult validation) {
              findings += validation.getFindings().size();
            }
            checksum += System.identityHashCode(result) & 1;
            results++;
          }
          return new long[] {bytes, checksum, errors, findings, results};
        }));
      }
      long[] total = new long[5];
      for (Future<long[]> worker : workers) {
        long[] done = worker.get();
        for (int k = 0; k < total.length; k++) {
          total[k] += done[k];
        }
      }
      return new Result(threads, (System.nanoTime() - start) / 1e9, total[0], total[1], total[2],
          total[3], total[4]);
    } finally {
      executor.shutdown();
    }
  }

  private static long peakHeapMegabytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }

  private record Result(int threads, double seconds, long bytes, long checksum, long errors,
      long findings, long results) {}

  /** The texts of a run: a pool generated up front, or each generated when asked for. */
  private static final class Source {
    private final ReportTextGenerator generator;
    private final String[] pool;
    private final int[] poolUtf8;
    private final long poolBytes;
    private final double poolSeconds;

    Source(ReportTextGenerator generator, int size) {
      this.generator = generator;
      long start = System.nanoTime();
      this.pool = new String[size];
      this.poolUtf8 = new int[size];
      long bytes = 0;
      for (int i = 0; i < size; i++) {
        GeneratedReport report = generator.generate(i);
        pool[i] = report.getText();
        poolUtf8[i] = report.getUtf8Length();
        bytes += poolUtf8[i];
      }
      this.poolBytes = bytes;
      this.poolSeconds = (System.nanoTime() - start) / 1e9;
    }

    String text(long index) {
      return pool.length == 0 ? generator.text(index) : pool[(int) (index % pool.length)];
    }

    long bytes(long index, String text) {
      if (pool.length > 0) {
        return poolUtf8[(int) (index % pool.length)];
      }
      long bytes = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
      }
      return bytes;
    }
  }
}
