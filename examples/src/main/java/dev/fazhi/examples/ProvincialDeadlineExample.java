package dev.fazhi.examples;

import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.ValidationResult;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Sets a provincial publication deadline (1 March instead of the national 1 April) and severity
 * overrides: a late report becomes an ERROR, a missing signing date is only INFO, and the
 * repeated-phrase check is switched off. A report signed on 15 March 2025 for 2024 is on time
 * nationally but late in the province.
 */
public final class ProvincialDeadlineExample {

  private ProvincialDeadlineExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ValidatorLog.quiet();
    run(System.out);
  }

  /**
   * Validates one report with the national and the provincial settings and prints the difference.
   *
   * @param out where to print
   * @return the result under the provincial settings
   */
  public static ValidationResult run(PrintStream out) {
    Report report = Report.builder()
        .title("西岭县教育局2024年法治政府建设年度报告")
        .issuer(Issuer.named("西岭县教育局"))
        .reportingYear(2024)
        .signedOn(LocalDate.of(2025, 3, 15))
        .build();

    ReportValidator national = ReportValidator.builder().locale(Locale.ENGLISH).build();
    ReportValidator provincial = ReportValidator.builder()
        .deadline(MonthDay.of(3, 1))
        .severity("meta.publication-late", Severity.ERROR)
        .severity("meta.date-missing", Severity.INFO)
        .disable("text.repeated-phrase")
        .locale(Locale.ENGLISH)
        .build();

    DateTimeFormatter monthDay = DateTimeFormatter.ofPattern("MM-dd");
    out.println("national deadline " + monthDay.format(national.getDeadline()) + ": "
        + national.validate(report).findings("meta.publication-late").size() + " late finding(s)");
    ValidationResult result = provincial.validate(report);
    out.println("provincial deadline " + monthDay.format(provincial.getDeadline()) + ":");
    for (Finding finding : result.findings("meta.publication-late")) {
      out.println("  " + finding.getSeverity() + " " + finding.getRule() + ": " + finding.getMessage());
    }
    return result;
  }
}
