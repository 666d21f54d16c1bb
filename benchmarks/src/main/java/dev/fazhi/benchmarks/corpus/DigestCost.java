package dev.fazhi.benchmarks.corpus;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import dev.fazhi.validation.corpus.CorpusCheck;
import dev.fazhi.validation.corpus.ReportDigest;
import dev.fazhi.validation.corpus.Role;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CPU time {@link CorpusCheck#digest} costs, alone: reads the texts of a directory one after the
 * other on one thread (light reader, as the command reads what it only digests), digests each and adds
 * the digests in path order, and times only the digest calls by the thread's CPU clock. Run in a fresh
 * JVM with the options under test (e.g. {@code -XX:TieredStopAtLevel=1}), alternating class paths to
 * compare two builds of the digest: the cold cost, compilation included, as the command pays it.
 *
 * <pre>java -cp benchmarks.jar dev.fazhi.benchmarks.corpus.DigestCost DIR [COUNT] [ROUNDS]</pre>
 *
 * <p>Prints per round the digests' CPU time, the reads' CPU time, and a checksum of the digests (the
 * number of passages and figures a fixed order of adds produced), so two builds can be seen to agree.
 */
public final class DigestCost {

  private DigestCost() {}

  /**
   * Runs the measurement.
   *
   * @param args the directory, how many texts (default all), how many rounds (default 1)
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(Files::isRegularFile).sorted().limit(count).toList();
    }
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    ReportReader reader = CorpusCheck.historyReader();
    for (int round = 1; round <= rounds; round++) {
      CorpusCheck check = CorpusCheck.builder().build();
      long digestNanos = 0;
      long readNanos = 0;
      int digests = 0;
      for (Path file : files) {
        long t0 = bean.getCurrentThreadCpuTime();
        Report report = reader.read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        long t1 = bean.getCurrentThreadCpuTime();
        ReportDigest digest = check.digest(report, file.toString(), Role.CHECKED);
        long t2 = bean.getCurrentThreadCpuTime();
        check.add(digest);
        readNanos += t1 - t0;
        digestNanos += t2 - t1;
        digests++;
      }
      int findings = check.finish().byReport().values().stream().mapToInt(List::size).sum();
      System.out.printf("round %d: %d digests, digest CPU %.3f s (%.1f us each), read CPU %.3f s, "
          + "corpus findings %d%n", round, digests, digestNanos / 1e9, digestNanos / 1e3 / digests,
          readNanos / 1e9, findings);
    }
  }
}
