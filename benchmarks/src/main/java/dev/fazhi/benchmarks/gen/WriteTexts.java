package dev.fazhi.benchmarks.gen;

import dev.fazhi.benchmarks.TextCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * Writes generated report texts to files, one per text, so that the {@code fazhi} command can be
 * timed on a national year of reports read from disk.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.fazhi.benchmarks.gen.WriteTexts /tmp/year 100000
 * </pre>
 *
 * <p>Text {@code i} of the seed goes to {@code DIR/NNNNNN.txt}, encoded as UTF-8. Texts are generated
 * in parallel and never held together, so any number fits in memory.
 */
public final class WriteTexts {

  private WriteTexts() {}

  /**
   * Writes the texts.
   *
   * @param args {@code DIR COUNT [SEED]}
   * @throws IOException if the directory cannot be made
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: WriteTexts DIR COUNT [SEED]");
      System.exit(2);
      return;
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    long count = Long.parseLong(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : TextCorpus.SEED;
    ReportTextGenerator generator = ReportTextGenerator.withSeed(seed);
    long start = System.nanoTime();
    long bytes = LongStream.range(0, count).parallel().map(i -> {
      byte[] text = generator.text(i).getBytes(StandardCharsets.UTF_8);
      try {
        Files.write(dir.resolve(String.format(Locale.ROOT, "%06d.txt", i)), text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return text.length;
    }).sum();
    System.out.printf(Locale.ROOT, "wrote %d texts, %.1f MB, to %s in %.1f s%n", count, bytes / 1e6, dir,
        (System.nanoTime() - start) / 1e9);
  }
}
