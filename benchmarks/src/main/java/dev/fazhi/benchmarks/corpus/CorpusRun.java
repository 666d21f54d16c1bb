package dev.fazhi.benchmarks.corpus;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.corpus.CorpusCheck;
import dev.fazhi.validation.corpus.CorpusFinding;
import dev.fazhi.validation.corpus.CorpusResult;
import dev.fazhi.validation.corpus.ReportDigest;
import dev.fazhi.validation.corpus.Role;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A national year against the year before: {@code N} reports of 2024 and {@code N} of 2023 from
 * {@link CorpusSetGenerator}, written once as files, then in the same run
 *
 * <ol>
 *   <li><b>one by one</b>: each 2024 file read and validated on its own, on {@code T} threads;
 *   <li><b>with the corpus checks</b>: the same, plus each 2024 report digested, every 2023 file read and
 *       digested, the digests added in a fixed order and the checks run at the end.
 * </ol>
 *
 * <p>Prints wall time, throughput and peak heap of each, the overhead of the second on the first, and
 * the findings by rule.
 *
 * <p>History reports are read with {@link CorpusCheck#historyReader()} (no figures: they are only
 * digested); {@code --history-reader full} reads them with the full reader instead, for comparison.
 *
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.fazhi.benchmarks.corpus.CorpusRun \
 *     --reports 100000 --threads 2 --dir /tmp/fazhi-corpus [--history-reader light|full]
 * </pre>
 */
public final class CorpusRun {

  private CorpusRun() {}

  /**
   * Runs the measurement.
   *
   * @param args {@code --reports N --threads T --dir DIR --seed S [--write-only true] [--history-reader light|full]
   *     [--findings FILE]} (the last writes every corpus finding to a file, for comparing two runs)
   * @throws Exception if a file cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    int reports = 100_000;
    int threads = 2;
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "fazhi-corpus");
    long seed = 20260401L;
    boolean writeOnly = false;
    boolean lightHistory = true;
    Path findingsFile = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--reports" -> reports = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--write-only" -> writeOnly = Boolean.parseBoolean(args[i + 1]);
        case "--findings" -> findingsFile = Path.of(args[i + 1]);
        case "--history-reader" -> lightHistory = switch (args[i + 1]) {
          case "light" -> true;
          case "full" -> false;
          default -> throw new IllegalArgumentException("--history-reader light|full: " + args[i + 1]);
        };
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    CorpusSetGenerator generator = new CorpusSetGenerator(seed, reports);
    long bytes = write(generator, dir, threads);
    if (writeOnly) {
      return;
    }
    ReportReader reader = ReportReader.builder().build();
    ReportReader historyReader = lightHistory ? CorpusCheck.historyReader() : reader;
    ReportValidator validator = ReportValidator.defaults();
    System.out.printf(Locale.ROOT, "reports=%d per year, threads=%d, history read %s, max heap=%d MB, %d cores, load %.2f%n",
        reports, threads, lightHistory ? "without figures (light)" : "by the full reader", Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    // Warm up both paths on a few files, so that neither pays the JIT alone.
    int warm = Math.min(500, reports);
    oneByOne(dir, warm, threads, reader, validator);
    withCorpus(dir, warm, threads, reader, historyReader, validator);
    System.gc();
    resetPeaks();
    long start = System.nanoTime();
    long cpuStart = cpuNanos();
    long gcStart = gcMillis();
    long findings = oneByOne(dir, reports, threads, reader, validator);
    double alone = (System.nanoTime() - start) / 1e9;
    double aloneCpu = (cpuNanos() - cpuStart) / 1e9;
    double aloneGc = (gcMillis() - gcStart) / 1e3;
    long peakAlone = peakHeap();
    System.out.printf(Locale.ROOT, "one by one:        %.1f s (process CPU %.1f s)  %.0f reports/s  %.1f MB/s  peak heap %d MB, old generation %d MB, GC pauses %.1f s  (%d findings)%n",
        alone, aloneCpu, reports / alone, bytes / 2 / 1e6 / alone, peakAlone, peakOld(), aloneGc, findings);
    System.gc();
    resetPeaks();
    start = System.nanoTime();
    cpuStart = cpuNanos();
    gcStart = gcMillis();
    Outcome outcome = withCorpus(dir, reports, threads, reader, historyReader, validator);
    double together = (System.nanoTime() - start) / 1e9;
    double togetherCpu = (cpuNanos() - cpuStart) / 1e9;
    double togetherGc = (gcMillis() - gcStart) / 1e3;
    long peakTogether = peakHeap();
    System.out.printf(Locale.ROOT, "with corpus checks: %.1f s (process CPU %.1f s)  %.0f reports/s checked (+%d history)  peak heap %d MB, old generation %d MB, GC pauses %.1f s"
        + "  (finish %.1f s wall, %.1f s process CPU)%n", together, togetherCpu, reports / together, reports, peakTogether, peakOld(),
        togetherGc, outcome.finishSeconds, outcome.finishCpuSeconds);
    System.out.printf(Locale.ROOT, "overhead of the corpus checks: %.1f %% in wall time, %.1f %% in process CPU time  (load now %.2f)%n",
        100 * (together - alone) / alone, 100 * (togetherCpu - aloneCpu) / aloneCpu,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println("corpus findings by rule: " + outcome.byRule + ", set findings: "
        + outcome.result.setFindings().size() + ", left out: " + outcome.result.exclusions().size());
    if (findingsFile != null) {
      writeFindings(outcome.result, findingsFile);
    }
  }

  /**
   * Every finding with every field, one a line, reports in the order of their names, each report's
   * findings in the order given, the arguments by name: two runs' files are equal when the findings are.
   */
  private static void writeFindings(CorpusResult result, Path file) throws IOException {
    try (java.io.BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String source : new java.util.TreeSet<>(result.byReport().keySet())) {
        for (CorpusFinding f : result.findingsFor(source)) {
          var finding = f.finding();
          out.write(String.join("\t", source, String.valueOf(finding.getSeverity()), finding.getRule(),
              finding.getMessageKey(),
              finding.getLocation().map(l -> l.getLine() + ":" + l.getColumn()).orElse("-"),
              finding.getQuote().orElse("-"), finding.getMessage(),
              new java.util.TreeMap<>(finding.getArguments()).toString(), String.valueOf(f.related())));
          out.newLine();
        }
      }
      for (var f : result.setFindings()) {
        out.write("set\t" + f.issuer() + "\t" + f.reportingYear() + "\t" + f.finding().getRule() + "\t"
            + f.finding().getMessage());
        out.newLine();
      }
      for (var e : result.exclusions()) {
        out.write("left out\t" + e.source() + "\t" + e.reason());
        out.newLine();
      }
      out.write("checked " + result.checkedCount() + ", history " + result.historyCount());
      out.newLine();
    }
  }

  /** The collectors' accumulated pause time (G1: the young and mixed pauses and full collections). */
  private static long gcMillis() {
    long total = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  private static long write(CorpusSetGenerator generator, Path dir, int threads) throws Exception {
    Path marker = dir.resolve("complete-" + generator.count());
    if (Files.exists(marker)) {
      return Long.parseLong(Files.readString(marker).strip());
    }
    refuseOtherSet(dir, generator.count());
    Files.createDirectories(dir.resolve("2024"));
    Files.createDirectories(dir.resolve("2023"));
    AtomicLong bytes = new AtomicLong();
    AtomicInteger next = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      Future<?>[] workers = new Future<?>[threads];
      for (int t = 0; t < threads; t++) {
        workers[t] = executor.submit(() -> {
          for (int i = next.getAndIncrement(); i < generator.count(); i = next.getAndIncrement()) {
            byte[] now = generator.current(i).getBytes(StandardCharsets.UTF_8);
            byte[] then = generator.history(i).getBytes(StandardCharsets.UTF_8);
            Files.write(file(dir, 2024, i), now);
            Files.write(file(dir, 2023, i), then);
            bytes.addAndGet(now.length + then.length);
          }
          return null;
        });
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      executor.shutdown();
    }
    Files.writeString(marker, Long.toString(bytes.get()));
    System.out.printf(Locale.ROOT, "wrote %d files, %.0f MB, in %.0f s%n", 2 * generator.count(),
        bytes.get() / 1e6, (System.nanoTime() - start) / 1e9);
    return bytes.get();
  }

  /**
   * Refuses a directory that holds a set of another size. The files are named by index, so writing
   * {@code count} reports where a larger set was written would overwrite its first {@code count} files
   * with other texts (the generator's texts depend on the set's size) and leave the larger set's
   * marker in place: a later run of that size would read a mixture without knowing it.
   *
   * @param dir the directory
   * @param count the reports per year asked for
   * @throws IOException if the directory cannot be listed
   * @throws IllegalArgumentException if it holds a set of another size
   */
  static void refuseOtherSet(Path dir, int count) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> markers = Files.newDirectoryStream(dir, "complete-*")) {
      Iterator<Path> found = markers.iterator();
      if (found.hasNext()) {
        String other = found.next().getFileName().toString();
        throw new IllegalArgumentException(dir + " holds the set of "
            + other.substring("complete-".length()) + " reports a year (" + other + "), not " + count
            + ": writing " + count + " there would overwrite part of it; give --reports to match it"
            + " or another --dir");
      }
    }
  }

  static Path file(Path dir, int year, int i) {
    return dir.resolve(Integer.toString(year)).resolve(String.format(Locale.ROOT, "r%06d.txt", i));
  }

  private static long oneByOne(Path dir, int reports, int threads, ReportReader reader,
      ReportValidator validator) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicLong findings = new AtomicLong();
    parallel(threads, () -> {
      for (int i = next.getAndIncrement(); i < reports; i = next.getAndIncrement()) {
        Report report = read(reader, file(dir, 2024, i));
        if (report != null) {
          findings.addAndGet(validator.validate(report).getFindings().size());
        }
      }
    });
    return findings.get();
  }

  /** The corpus check's result and counts. */
  private record Outcome(CorpusResult result, Map<String, Integer> byRule, double finishSeconds,
      double finishCpuSeconds) {}

  private static Outcome withCorpus(Path dir, int reports, int threads, ReportReader reader,
      ReportReader historyReader, ReportValidator validator) throws Exception {
    CorpusCheck check = CorpusCheck.builder().locale(Locale.CHINA).build();
    // Work item k: even k is 2023 report k/2 (history), odd k is 2024 report k/2 (checked). Digests are
    // added in that order, whichever thread finishes first.
    int items = 2 * reports;
    AtomicInteger next = new AtomicInteger();
    Map<Integer, Object> ready = new ConcurrentHashMap<>();
    AtomicInteger nextToAdd = new AtomicInteger();
    ReentrantLock adding = new ReentrantLock();
    parallel(threads, () -> {
      for (int k = next.getAndIncrement(); k < items; k = next.getAndIncrement()) {
        boolean checked = k % 2 == 1;
        Path path = file(dir, checked ? 2024 : 2023, k / 2);
        Report report = read(checked ? reader : historyReader, path);
        Object digest = NONE;
        if (report != null) {
          if (checked) {
            validator.validate(report);
          }
          digest = check.digest(report, path.toString(), checked ? Role.CHECKED : Role.HISTORY);
        }
        ready.put(k, digest);
        drain(check, ready, nextToAdd, adding, items);
      }
    });
    drain(check, ready, nextToAdd, adding, items);
    long start = System.nanoTime();
    long cpuStart = cpuNanos();
    CorpusResult result = check.finish();
    double finish = (System.nanoTime() - start) / 1e9;
    double finishCpu = (cpuNanos() - cpuStart) / 1e9;
    Map<String, Integer> byRule = new HashMap<>();
    for (List<CorpusFinding> findings : result.byReport().values()) {
      for (CorpusFinding finding : findings) {
        byRule.merge(finding.finding().getRule(), 1, Integer::sum);
      }
    }
    return new Outcome(result, byRule, finish, finishCpu);
  }

  /** Stands for a file that was not a report, so that the order of adding goes on past it. */
  private static final Object NONE = new Object();

  private static void drain(CorpusCheck check, Map<Integer, Object> ready, AtomicInteger nextToAdd,
      ReentrantLock adding, int items) {
    if (!adding.tryLock()) {
      return;
    }
    try {
      while (nextToAdd.get() < items && ready.containsKey(nextToAdd.get())) {
        if (ready.remove(nextToAdd.getAndIncrement()) instanceof ReportDigest digest) {
          check.add(digest);
        }
      }
    } finally {
      adding.unlock();
    }
  }

  private static Report read(ReportReader reader, Path path) {
    try {
      return reader.read(path);
    } catch (ReportFormatException e) {
      return null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void parallel(int threads, Runnable work) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      Future<?>[] workers = new Future<?>[threads];
      for (int t = 0; t < threads; t++) {
        workers[t] = executor.submit(work);
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      executor.shutdown();
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The old generation's peak: what stays, digests included. */
  private static long peakOld() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }

  /** The sum of the heap pools' peaks: an upper bound of the peak heap (pools peak at different times). */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
