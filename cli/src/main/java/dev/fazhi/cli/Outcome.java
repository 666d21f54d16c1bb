package dev.fazhi.cli;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
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
   */
  record Checked(Input input, Report report, String format, List<Finding> findings) implements Outcome {
    public Checked {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(format, "format");
      findings = List.copyOf(findings);
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
