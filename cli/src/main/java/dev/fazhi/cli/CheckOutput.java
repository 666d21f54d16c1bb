package dev.fazhi.cli;

import dev.fazhi.validation.corpus.Exclusion;
import dev.fazhi.validation.corpus.SetFinding;
import java.io.IOException;
import java.util.List;

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
   * Called once after the last outcome and before {@link #end}, when the corpus checks ran: the
   * findings that belong to no report, and the reports left out of checks for lack of an issuer or
   * year. Outputs that show neither ignore them.
   *
   * @param setFindings the findings of the set
   * @param exclusions the reports left out
   * @throws IOException if writing fails
   */
  default void corpus(List<SetFinding> setFindings, List<Exclusion> exclusions) throws IOException {}

  /**
   * Called once after the last outcome.
   *
   * @param summary the counts
   * @throws IOException if writing fails
   */
  void end(Summary summary) throws IOException;
}
