package dev.fazhi.benchmarks.gen;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.read.ReportReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The equivalence check of a change to the reader: reads generated texts and writes each report's JSON
 * (or the reason it was refused) to one file, to be compared byte for byte with the file the reader
 * before the change writes.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.fazhi.benchmarks.gen.ReadToJson /tmp/after.out 5000
 * cmp /tmp/before.out /tmp/after.out
 * </pre>
 *
 * <p>Half of the texts come from seed 20260401 (the benchmarks' seed), half from seed 7. To run the
 * reader of another build with this harness, put that build's {@code core/target/classes} first on the
 * class path.
 */
public final class ReadToJson {

  private ReadToJson() {}

  /**
   * Writes the JSON of every text.
   *
   * @param args {@code FILE COUNT}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ReadToJson FILE COUNT");
      System.exit(2);
      return;
    }
    int count = Integer.parseInt(args[1]);
    ReportReader reader = ReportReader.defaults();
    ReportJson json = ReportJson.defaults();
    try (Writer w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (long seed : new long[] {20260401L, 7L}) {
        ReportTextGenerator generator = ReportTextGenerator.withSeed(seed);
        for (int i = 0; i < count / 2; i++) {
          w.write("=== " + seed + " " + i + "\n");
          try {
            w.write(json.write(reader.read(generator.text(i))));
          } catch (ReportFormatException e) {
            w.write("EXC " + e.getClass().getName() + ": " + e.getMessage());
          }
          w.write("\n");
        }
      }
    }
  }
}
