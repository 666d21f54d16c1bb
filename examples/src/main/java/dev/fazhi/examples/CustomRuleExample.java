package dev.fazhi.examples;

import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.ValidationResult;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Writes a rule of one's own and runs it with the built-in ones: a local convention that the title
 * names the issuing organ ({@code 东湖区交通运输局2024年…报告}, not just {@code 2024年…报告}).
 */
public final class CustomRuleExample {

  private CustomRuleExample() {}

  /**
   * A rule: the title must name the issuer. Immutable and thread-safe, as every rule must be. Its
   * description and message are in a bundle of its own, keyed by its id:
   * {@code dev/fazhi/examples/LocalRules.properties} (English) and {@code LocalRules_zh.properties}.
   */
  public static final class TitleNamesIssuer implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder()
        .id("local.title-names-issuer")
        .defaultSeverity(Severity.WARNING)
        .messageBundle("dev/fazhi/examples/LocalRules")
        .build();

    /** Creates the rule. */
    public TitleNamesIssuer() {}

    @Override
    public RuleDescriptor descriptor() {
      return DESCRIPTOR;
    }

    @Override
    public void check(Report report, FindingSink findings) {
      // A rule whose inputs are missing reports nothing: no issuer, nothing to compare.
      report.getIssuer().map(Issuer::getName)
          .filter(issuer -> !report.getTitle().contains(issuer))
          .ifPresent(issuer -> findings.finding()
              .argument("issuer", issuer)
              .quote(report.getTitle())
              .add());
    }
  }

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
   * Validates a report whose title lacks the issuer, with the rule added.
   *
   * @param out where to print
   * @return the validation result
   */
  public static ValidationResult run(PrintStream out) {
    ReportValidator validator = ReportValidator.builder()
        .addRule(new TitleNamesIssuer())
        .locale(Locale.ENGLISH)
        .build();
    Report report = Report.builder()
        .title("2024年法治政府建设年度报告")
        .issuer(Issuer.named("东湖区交通运输局"))
        .reportingYear(2024)
        .build();

    ValidationResult result = validator.validate(report);

    for (Finding finding : result.findings("local.title-names-issuer")) {
      out.println(finding.getSeverity() + " " + finding.getRule() + ": " + finding.getMessage());
    }
    out.println(result.getFindings().size() + " findings in all (the built-in rules ran too)");
    return result;
  }
}
