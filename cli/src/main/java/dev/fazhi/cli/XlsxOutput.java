package dev.fazhi.cli;

import dev.fazhi.core.model.PartStatus;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code --format xlsx}: one workbook with a sheet of reports (the dashboard's columns), a sheet of
 * findings (file, issuer, rule, severity, line, page, section, quote, message) and a sheet of the
 * files that could not be checked. Streamed (a few hundred rows in memory at a time), so a national
 * year fits; written to a temporary file beside the output and moved into place at the end.
 */
final class XlsxOutput implements CheckOutput {

  private final Path file;
  private final PageMessages words;
  private final MonthDay deadline;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private XlsxSheet reports;
  private XlsxSheet findings;
  private XlsxSheet failures;

  XlsxOutput(Path file, PageMessages words, MonthDay deadline) {
    this.file = file;
    this.words = words;
    this.deadline = deadline;
  }

  @Override
  public void begin(int inputs) {
    CellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    bold.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    bold.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    CellStyle date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    reports = new XlsxSheet(workbook.createSheet(words.get("sheet.reports")), header("column.file",
        "column.issuer", "column.year", "column.format", "column.signed", "column.published",
        "column.deadline", "column.days-late", "part.short.MEASURES_AND_RESULTS",
        "part.short.SHORTCOMINGS_AND_CAUSES", "part.short.PRINCIPAL_RESPONSIBILITY",
        "part.short.NEXT_YEAR_PLAN", "part.short.OTHER_MATTERS", "column.errors", "column.warnings",
        "column.infos"), bold, date);
    findings = new XlsxSheet(workbook.createSheet(words.get("sheet.findings")), header("column.file",
        "column.issuer", "column.rule", "column.severity", "column.line", "column.page", "column.section",
        "column.quote", "column.message"), bold, date);
    failures = new XlsxSheet(workbook.createSheet(words.get("sheet.failures")),
        header("column.file", "column.reason"), bold, date);
  }

  private List<String> header(String... keys) {
    List<String> out = new ArrayList<>();
    for (String key : keys) {
      out.add(words.get(key));
    }
    return out;
  }

  @Override
  public void report(Outcome.Checked checked) {
    ReportView view = ReportView.of(checked, deadline);
    List<Object> row = new ArrayList<>(List.of(view.source()));
    row.add(view.issuer());
    row.add(view.year());
    row.add(view.format());
    row.add(view.signedOn());
    row.add(view.publishedOn());
    row.add(view.deadline());
    row.add(view.daysLate());
    for (PartStatus presence : view.parts()) {
      row.add(ReportView.mark(presence));
    }
    row.add(view.count(Severity.ERROR));
    row.add(view.count(Severity.WARNING));
    row.add(view.count(Severity.INFO));
    reports.add(row.toArray());
    for (Finding finding : checked.findings()) {
      String section = finding.getSection()
          .or(() -> finding.getPart().map(p -> RuleCatalog.partName(p, words.locale()))).orElse(null);
      findings.add(view.source(), view.issuer(), finding.getRule(),
          words.messages().get("severity." + finding.getSeverity().name()),
          finding.getLocation().map(SourceLocation::getLine).orElse(null),
          null, // page: for formats with pages, once the readers tell it
          section, finding.getQuote().orElse(null), finding.getMessage());
    }
  }

  @Override
  public void error(Outcome.Failed failed) {
    failures.add(failed.input().source(), failed.message());
  }

  @Override
  public void end(Summary summary) throws IOException {
    reports.finish();
    findings.finish();
    failures.finish();
    workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("fazhi");
    workbook.getXSSFWorkbook().getProperties().getCustomProperties()
        .addProperty(OutputGuard.WORKBOOK_PROPERTY, "fazhi " + Version.current());
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), ".fazhi-", ".xlsx.tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        workbook.write(out);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
      workbook.close();
    }
  }
}
