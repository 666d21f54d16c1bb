package dev.fazhi.cli;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.json.LinePages;
import java.util.List;
import java.util.Objects;

/** What became of one input: a checked report or a named error. Every input ends as one of these. */
sealed interface Outcome permits Outcome.Checked, Outcome.Failed {

  /**
   * The input this outcome is for.
   *
   * @return the input
   */
  Input input();

  /**
   * A report that was read and validated.
   *
   * @param input the input
   * @param report the report
   * @param format what the input was read as, told by its content: {@code text}, {@code html},
   *     {@code docx}, {@code pdf} or {@code json}
   * @param findings the findings, in the order they are shown (as the validator sorts them)
   * @param pages the page of each line of the report's text: a PDF's, or a Word file's at its last
   *     save (from the documents module's {@code DocumentReport.page}); {@link LinePages#none()} for
   *     the formats without pages
   */
  record Checked(Input input, Report report, String format, List<Finding> findings, LinePages pages)
      implements Outcome {
    public Checked {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(pages, "pages");
      findings = List.copyOf(findings);
    }

    /**
     * The same report with other findings.
     *
     * @param others the findings, in the order they are shown
     * @return the outcome
     */
    Checked withFindings(List<Finding> others) {
      return new Checked(input, report, format, others, pages);
    }
  }

  /**
   * An input that could not be read or is not a report.
   *
   * @param input the input
   * @param message why, in the user's language
   */
  record Failed(Input input, String message) implements Outcome {
    public Failed {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(message, "message");
    }
  }
}
