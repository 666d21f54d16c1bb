package dev.fazhi.benchmarks.batch;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.documents.DocumentReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The command's reading of plain texts without its other work: the first FILES files of a directory
 * (sorted by name) are read into memory once, then read as reports ({@link DocumentReader#readReport})
 * ROUNDS times on one thread, each round timed by the thread's CPU time. Prints the fastest and the
 * median microseconds per file over the last two thirds of the rounds (the first third warms up). Run
 * it with the launcher's compiler options to see what the command pays under C1:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -cp benchmarks/target/benchmarks.jar \
 *     dev.fazhi.benchmarks.batch.ReadFilesCpu /tmp/t20k 1000 15
 * </pre>
 */
public final class ReadFilesCpu {

  private ReadFilesCpu() {}

  /**
   * Reads the files.
   *
   * @param args {@code DIR FILES ROUNDS}
   * @throws Exception if the directory or a file cannot be read
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: ReadFilesCpu DIR FILES ROUNDS");
      System.exit(2);
      return;
    }
    int count = Integer.parseInt(args[1]);
    int rounds = Math.max(1, Integer.parseInt(args[2]));
    List<Path> files;
    try (Stream<Path> listed = Files.list(Path.of(args[0]))) {
      files = listed.filter(Files::isRegularFile).sorted().limit(count).toList();
    }
    List<byte[]> contents = new ArrayList<>();
    for (Path file : files) {
      contents.add(Files.readAllBytes(file));
    }
    DocumentReader reader = DocumentReader.defaults();
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    double[] perFile = new double[rounds];
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      long start = bean.getCurrentThreadCpuTime();
      for (int i = 0; i < contents.size(); i++) {
        try {
          sink += reader.readReport(contents.get(i), files.get(i).getFileName().toString()).getReport()
              .getSections().size();
        } catch (ReportFormatException e) {
          sink++; // refused: counted, as the command reports it
        }
      }
      perFile[round] = (bean.getCurrentThreadCpuTime() - start) / 1e3 / Math.max(1, contents.size());
    }
    double[] measured = Arrays.copyOfRange(perFile, rounds / 3, rounds);
    Arrays.sort(measured);
    System.out.printf(Locale.ROOT, "%d files, %d rounds: %.1f us/file fastest, %.1f median (first round %.1f;"
        + " check %d)%n", contents.size(), rounds, measured[0], measured[measured.length / 2], perFile[0], sink);
  }
}
