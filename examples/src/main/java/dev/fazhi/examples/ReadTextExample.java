package dev.fazhi.examples;

import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.ValidationResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a published text (UTF-8 or GB18030/GBK) and prints what was read and what is wrong with it,
 * with the line and column of each finding. Reads {@code samples/yunxi-market-2023-webcopy.txt}
 * unless given another file.
 */
public final class ReadTextExample {

  /** The sample read when no file is given, relative to the repository root. */
  public static final String DEFAULT_FILE = "samples/yunxi-market-2023-webcopy.txt";

  private ReadTextExample() {}

  /**
   * Runs the example.
   *
   * @param args the report file to read, or nothing for the bundled sample
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    ValidatorLog.quiet();
    run(System.out, Path.of(args.length > 0 ? args[0] : DEFAULT_FILE));
  }

  /**
   * Reads the file, validates it with English messages and prints the result.
   *
   * @param out where to print
   * @param file the report file
   * @return the validation result
   * @throws IOException if the file cannot be read
   */
  public static ValidationResult run(PrintStream out, Path file) throws IOException {
    Report report = ReportReader.defaults().read(file);
    out.println("title:  " + report.getTitle().orElse("(no title)"));
    out.println("issuer: " + report.getIssuer().map(Issuer::getName).orElse("(none)"));
    out.println("year:   " + (report.getReportingYear().isPresent() ? report.getReportingYear().getAsInt() : "(none)"));
    out.println("parts:  " + report.partsWithSections() + ", embedded " + report.getEmbeddedParts().keySet());
    out.println("figures: " + report.allFigures().size());

    ReportValidator validator = ReportValidator.builder().locale(Locale.ENGLISH).build();
    ValidationResult result = validator.validate(report);
    for (Finding finding : result.getFindings()) {
      String where = finding.getLocation().map(l -> l.getLine() + ":" + l.getColumn())
          .orElse(finding.getPart().map(Part::name).orElse("report"));
      out.println(where + " " + finding.getSeverity() + " " + finding.getRule() + " " + finding.getMessage()
          + finding.getQuote().map(q -> " [" + q + "]").orElse(""));
    }
    return result;
  }
}
