package dev.fazhi.benchmarks.batch;

import dev.fazhi.benchmarks.RegexScanBaseline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * The yardstick of the {@code fazhi check} command on a directory: one pass of the regex baseline
 * ({@link RegexScanBaseline#FIGURE}) over the same files, from disk, as its own program, so that both
 * sides pay a fresh JVM, listing the directory, reading and decoding every file. Prints one line: files,
 * bytes, matches and the time from {@code main} to the end.
 *
 * <pre>
 * /usr/bin/time java -cp benchmarks/target/benchmarks.jar dev.fazhi.benchmarks.batch.RegexFiles DIR [THREADS]
 * /usr/bin/time java -jar cli/target/fazhi.jar check DIR &gt; /dev/null
 * </pre>
 *
 * <p>THREADS (default: the available processors, as the command uses) files are scanned at once.
 */
public final class RegexFiles {

  private RegexFiles() {}

  /**
   * Scans the files.
   *
   * @param args {@code DIR [THREADS]}
   * @throws Exception if the directory cannot be listed or a worker fails
   */
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    if (args.length < 1) {
      System.err.println("usage: RegexFiles DIR [THREADS]");
      System.exit(2);
      return;
    }
    int threads = args.length > 1 ? Integer.parseInt(args[1])
        : Runtime.getRuntime().availableProcessors();
    List<Path> files;
    try (Stream<Path> listed = Files.list(Path.of(args[0]))) {
      files = listed.filter(Files::isRegularFile).sorted().toList();
    }
    AtomicLong bytes = new AtomicLong();
    AtomicLong matches = new AtomicLong();
    AtomicLong next = new AtomicLong();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] = new Thread(() -> {
        for (long i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
          try {
            byte[] content = Files.readAllBytes(files.get((int) i));
            bytes.addAndGet(content.length);
            Matcher m = RegexScanBaseline.FIGURE.matcher(new String(content, StandardCharsets.UTF_8));
            long n = 0;
            while (m.find()) {
              n++;
            }
            matches.addAndGet(n);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      });
      workers[t].start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    System.out.printf(Locale.ROOT, "files=%d bytes=%d matches=%d threads=%d time=%.2f s%n",
        files.size(), bytes.get(), matches.get(), threads, (System.nanoTime() - start) / 1e9);
  }
}
