package dev.fazhi.cli.result;

import dev.fazhi.validation.corpus.Exclusion;
import dev.fazhi.validation.corpus.SetFinding;
import java.io.IOException;
import java.util.List;

/**
 * A format for people (html pages, a workbook), written as the reports arrive in path order. The
 * command adapts its own outcomes to the calls below; implementations hold at most what they need for
 * the end (a row per report, the failures), never the reports.
 */
public interface ResultWriter {

  /**
   * Called once before any report.
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
  void report(CheckedResult checked) throws IOException;

  /**
   * Writes (or remembers for the end) a file that could not be checked.
   *
   * @param failed the file and why
   * @throws IOException if writing fails
   */
  void failed(FailedInput failed) throws IOException;

  /**
   * Called once after the last report and before {@link #end}, when the corpus checks ran: the
   * findings that belong to no report, and the reports left out of checks for lack of an issuer or
   * year. Formats that show neither ignore them.
   *
   * @param setFindings the findings of the set
   * @param exclusions the reports left out
   * @throws IOException if writing fails
   */
  default void corpus(List<SetFinding> setFindings, List<Exclusion> exclusions) throws IOException {}

  /**
   * Called once after the last report.
   *
   * @throws IOException if writing fails
   */
  void end() throws IOException;
}
