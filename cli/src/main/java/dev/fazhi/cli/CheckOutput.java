package dev.fazhi.cli;

import java.io.IOException;

/**
 * Writes the result of {@code fazhi check} in one format, as the outcomes arrive in path order.
 * Implementations hold at most what they need for the end (the errors list, counts), never the reports.
 */
interface CheckOutput {

  /**
   * Called once before any outcome.
   *
   * @param inputs how many inputs will follow
   * @throws IOException if writing fails
   */
  void begin(int inputs) throws IOException;

  /**
   * Writes a checked report.
   *
   * @param checked the report and its findings
   * @throws IOException if writing fails
   */
  void report(Outcome.Checked checked) throws IOException;

  /**
   * Writes (or remembers for the end) an input that could not be checked.
   *
   * @param failed the input and why
   * @throws IOException if writing fails
   */
  void error(Outcome.Failed failed) throws IOException;

  /**
   * Called once after the last outcome.
   *
   * @param summary the counts
   * @throws IOException if writing fails
   */
  void end(Summary summary) throws IOException;
}
