package dev.fazhi.examples;

import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.ValidationResult;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Builds a report in code and validates it with the default validator (national deadline, Chinese
 * messages). The report has no principal-responsibility part and a breakdown that does not add up
 * ({@code 共办理120件，其中当场办结80件、限时办结30件}), so the validator reports
 * {@code outline.part-missing} and {@code metric.breakdown-sum}.
 */
public final class BuildAndValidateExample {

  private BuildAndValidateExample() {}

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
   * Builds the report, validates it and prints each finding.
   *
   * @param out where to print
   * @return the validation result
   */
  public static ValidationResult run(PrintStream out) {
    Paragraph licences = Paragraph.builder()
        .text("全年共办理行政许可120件，其中当场办结80件、限时办结30件。")
        .addFigures(Breakdown.builder()
            .subject("行政许可")
            .total(120)
            .addParts(80, 30)
            .addPartNames("当场办结", "限时办结")
            .quote("共办理行政许可120件，其中当场办结80件、限时办结30件")
            .build())
        .build();
    Report report = Report.builder()
        .title("东湖区交通运输局2024年法治政府建设年度报告")
        .issuer(Issuer.named("东湖区交通运输局"))
        .reportingYear(2024)
        .signedOn(LocalDate.of(2025, 2, 20))
        .addSections(
            Section.builder()
                .heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 1, "2024年推进法治政府建设的主要举措和成效"))
                .part(Part.MEASURES_AND_RESULTS)
                .addParagraphs(licences)
                .build(),
            Section.builder()
                .heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 2, "存在的不足和原因"))
                .part(Part.SHORTCOMINGS_AND_CAUSES)
                .addParagraphs(Paragraph.of("执法人员培训不足，主要是由于人员调整频繁。"))
                .build(),
            Section.builder()
                .heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 3, "2025年推进法治政府建设的主要安排"))
                .part(Part.NEXT_YEAR_PLAN)
                .addParagraphs(Paragraph.of("继续完善行政执法制度，加强执法人员培训。"))
                .build())
        .build();

    ValidationResult result = ReportValidator.defaults().validate(report);

    out.println(report.getTitle().orElse("") + ": " + result.getFindings().size() + " findings");
    for (Finding finding : result.getFindings()) {
      out.println("  " + finding.getSeverity() + " " + finding.getRule() + ": " + finding.getMessage());
    }
    return result;
  }
}
