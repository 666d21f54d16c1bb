package dev.fazhi.benchmarks;

import dev.fazhi.documents.DocumentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Issue 10's ratios in one run, in the process's CPU time, fazhi's read and the library's plain
 * extraction alternating in 0.2 s rounds after a warm-up (as {@link RatioRun} does for issue 6).
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.fazhi.benchmarks.DocumentRatioRun [seconds per side]
 * </pre>
 */
public final class DocumentRatioRun {

  private DocumentRatioRun() {}

  /**
   * Prints, per format, the CPU time per read of each side and their ratio.
   *
   * @param args optional: CPU seconds per side (default 10)
   */
  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    DocumentReader reader = DocumentReader.defaults();
    for (String format : new String[] {"html", "docx", "pdf"}) {
      byte[] bytes = switch (format) {
        case "html" -> DocumentCorpus.html();
        case "docx" -> DocumentCorpus.docx();
        default -> DocumentCorpus.pdf();
      };
      double[] r = RatioRun.compare(() -> reader.read(bytes, "bench").text().length(), () -> {
        try {
          return DocumentReadBenchmark.plain(format, bytes);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, seconds);
      System.out.printf(Locale.ROOT, "%-4s (%d bytes): fazhi %.3f ms/read | library %.3f ms/read | ratio %.2f"
          + " (target <= 1.5)%n", format, bytes.length, r[0] * 1e3, r[1] * 1e3, r[0] / r[1]);
    }
  }
}
