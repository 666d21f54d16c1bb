package dev.fazhi.benchmarks;

import dev.fazhi.benchmarks.gen.GeneratedReport;
import dev.fazhi.benchmarks.gen.ReportTextGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A fixed set of generated report texts and their total size in UTF-8: the common input of every
 * text benchmark, so that their bytes per second compare directly.
 */
public final class TextCorpus {

  /** The seed of every benchmark corpus. */
  public static final long SEED = 20260401L;

  private final List<String> texts;
  private final long utf8Bytes;

  private TextCorpus(List<String> texts, long utf8Bytes) {
    this.texts = Collections.unmodifiableList(texts);
    this.utf8Bytes = utf8Bytes;
  }

  /**
   * Generates the first {@code count} texts of the benchmark seed.
   *
   * @param count how many texts
   * @return the corpus
   */
  public static TextCorpus of(int count) {
    List<String> texts = new ArrayList<>(count);
    long bytes = 0;
    ReportTextGenerator generator = ReportTextGenerator.withSeed(SEED);
    for (int i = 0; i < count; i++) {
      GeneratedReport report = generator.generate(i);
      texts.add(report.getText());
      bytes += report.getUtf8Length();
    }
    return new TextCorpus(texts, bytes);
  }

  /**
   * The texts.
   *
   * @return an unmodifiable list
   */
  public List<String> getTexts() {
    return texts;
  }

  /**
   * The texts' total size in UTF-8, as they would be stored in files.
   *
   * @return the number of bytes
   */
  public long getUtf8Bytes() {
    return utf8Bytes;
  }
}
