package dev.fazhi.examples;

import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Validates a report with a plain Jakarta Validation {@code Validator}, as a framework would (Spring's
 * {@code @Valid}, a JAX-RS resource): the Fazhi rules come with the validation module on the class
 * path, and {@link Finding#of(ConstraintViolation)} turns each violation back into a finding with its
 * rule id and severity. Reads {@code samples/yunxi-market-2023-webcopy.json} unless given another file.
 */
public final class PlainJakartaValidatorExample {

  /** The sample read when no file is given, relative to the repository root. */
  public static final String DEFAULT_FILE = "samples/yunxi-market-2023-webcopy.json";

  private PlainJakartaValidatorExample() {}

  /**
   * Runs the example.
   *
   * @param args the JSON report to read, or nothing for the bundled sample
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    ValidatorLog.quiet();
    run(System.out, Path.of(args.length > 0 ? args[0] : DEFAULT_FILE));
  }

  /**
   * Reads a JSON report, validates it with the default Jakarta validator and prints the violations.
   *
   * @param out where to print
   * @param file the report in the library's JSON form
   * @return the findings the violations stand for
   * @throws IOException if the file cannot be read
   */
  public static List<Finding> run(PrintStream out, Path file) throws IOException {
    Report report = ReportJson.defaults().read(file);
    List<Finding> findings = new ArrayList<>();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<Report>> violations = validator.validate(report);
      out.println(violations.size() + " constraint violations");
      for (ConstraintViolation<Report> violation : violations) {
        Finding.of(violation).ifPresent(findings::add);
      }
    }
    // A Set has no order; findings sort by position in the text.
    findings.sort(ValidationResult.ORDER);
    for (Finding finding : findings) {
      out.println("  " + finding.getLocation().map(l -> l.getLine() + ":" + l.getColumn()).orElse("-")
          + " " + finding.getMessage() + " (" + finding.getRule() + ", " + finding.getSeverity() + ")");
    }
    return findings;
  }
}
