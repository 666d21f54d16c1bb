package dev.fazhi.benchmarks.batch;

/** One processing step applied to each text of a batch run, such as reading it into a report. */
@FunctionalInterface
public interface Stage {

  /**
   * Processes one text; must be thread-safe.
   *
   * @param text the report text
   * @return the result, kept so that the work is not optimised away
   */
  Object process(String text);
}
