package dev.fazhi.benchmarks;

import dev.fazhi.benchmarks.gen.GeneratedReport;
import dev.fazhi.benchmarks.gen.ReportTextGenerator;
import dev.fazhi.core.model.Report;

/**
 * The report that JSON and validation benchmarks work on: the first generated report of the benchmark
 * seed with at least {@value #MIN_SECTIONS} sections, {@value #MIN_FIGURES} figures and one planted
 * fault, so that every benchmark sees the same, realistically large model and a validator has
 * something to report.
 */
public final class TypicalReport {

  /** The fewest sections (at all levels) a typical report has. */
  public static final int MIN_SECTIONS = 30;
  /** The fewest figures a typical report has. */
  public static final int MIN_FIGURES = 40;

  private static final GeneratedReport REPORT = find();

  private TypicalReport() {}

  /**
   * The generated report.
   *
   * @return the report, its text and its model
   */
  public static GeneratedReport generated() {
    return REPORT;
  }

  /**
   * The model, with locations and without the source text, as a JSON file of it would hold.
   *
   * @return a new model instance
   */
  public static Report model() {
    return REPORT.toReport();
  }

  private static GeneratedReport find() {
    ReportTextGenerator generator = ReportTextGenerator.withSeed(TextCorpus.SEED);
    for (long i = 0; i < 10_000; i++) {
      GeneratedReport candidate = generator.generate(i);
      Report model = candidate.toReport();
      if (model.allSections().size() >= MIN_SECTIONS && model.allFigures().size() >= MIN_FIGURES
          && !candidate.getFaults().isEmpty()) {
        return candidate;
      }
    }
    throw new IllegalStateException("no generated report is large enough to be typical");
  }
}
