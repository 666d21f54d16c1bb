package dev.fazhi.cli.xlsx;

import dev.fazhi.cli.result.CheckedResult;
import dev.fazhi.cli.result.FailedInput;
import dev.fazhi.cli.result.OutputFiles;
import dev.fazhi.cli.result.PageWords;
import dev.fazhi.cli.result.ReportView;
import dev.fazhi.cli.result.ResultSettings;
import dev.fazhi.cli.result.ResultWriter;
import dev.fazhi.core.model.PartStatus;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.corpus.Exclusion;
import dev.fazhi.validation.corpus.SetFinding;
import dev.fazhi.validation.json.LinePages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code --format xlsx}: one workbook with a sheet of reports (the dashboard's columns), a sheet of
 * findings (file, issuer, rule, severity, line, page, section, quote, message), a sheet of the
 * files that could not be checked, and the corpus checks' sheets: the issuers of the roster with no
 * report, and the reports left out of the checks across reports (the duplicates and the share of
 * reused text are the reports sheet's last columns). Streamed (a few hundred rows in memory at a time), so a national
 * year fits; written to a temporary file beside the output and moved into place at the end.
 */
public final class XlsxOutput implements ResultWriter {

  private final Path file;
  private final PageWords words;
  private final ResultSettings settings;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private XlsxSheet reports;
  private XlsxSheet findings;
  private XlsxSheet failures;
  private XlsxSheet missing;
  private XlsxSheet excluded;

  /**
   * A workbook.
   *
   * @param file the file to write; the command has checked that fazhi may write it
   * @param settings the words, the deadline and the command's version
   */
  public XlsxOutput(Path file, ResultSettings settings) {
    this.file = file;
    this.settings = settings;
    this.words = settings.words();
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
        "column.infos", "column.duplicate-of", "column.reused"), bold, date);
    findings = new XlsxSheet(workbook.createSheet(words.get("sheet.findings")), header("column.file",
        "column.issuer", "column.rule", "column.severity", "column.line", "column.page", "column.section",
        "column.quote", "column.message"), bold, date);
    failures = new XlsxSheet(workbook.createSheet(words.get("sheet.failures")),
        header("column.file", "column.reason"), bold, date);
    missing = new XlsxSheet(workbook.createSheet(words.get("sheet.missing")),
        header("column.issuer", "column.year", "column.message"), bold, date);
    excluded = new XlsxSheet(workbook.createSheet(words.get("sheet.excluded")),
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
  public void report(CheckedResult checked) {
    ReportView view = ReportView.of(checked, settings.deadline());
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
    row.add(view.duplicateOf());
    row.add(view.reusedShare());
    reports.add(row.toArray());
    for (Finding finding : checked.findings()) {
      String section = finding.getSection()
          .or(() -> finding.getPart().map(p -> RuleCatalog.partName(p, words.locale()))).orElse(null);
      findings.add(view.source(), view.issuer(), finding.getRule(),
          words.severity(finding.getSeverity()),
          finding.getLocation().map(SourceLocation::getLine).orElse(null),
          page(finding, checked.pages()),
          section, finding.getQuote().orElse(null), finding.getMessage());
    }
  }

  /** A finding's page in a PDF or Word file, or null (an empty cell). */
  private static Integer page(Finding finding, LinePages pages) {
    OptionalInt page = finding.getLocation().map(pages::page).orElse(OptionalInt.empty());
    return page.isPresent() ? page.getAsInt() : null;
  }

  @Override
  public void failed(FailedInput failed) {
    failures.add(failed.source(), failed.reason());
  }

  @Override
  public void corpus(List<SetFinding> setFindings, List<Exclusion> exclusions) {
    for (SetFinding finding : setFindings) {
      missing.add(finding.issuer(), finding.reportingYear(), finding.finding().getMessage());
    }
    for (Exclusion exclusion : exclusions) {
      excluded.add(exclusion.source(), words.get("exclusion." + exclusion.reason().name()));
    }
  }

  @Override
  public void end() throws IOException {
    reports.finish();
    findings.finish();
    failures.finish();
    missing.finish();
    excluded.finish();
    workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("fazhi");
    workbook.getXSSFWorkbook().getProperties().getCustomProperties()
        .addProperty(OutputFiles.WORKBOOK_PROPERTY, "fazhi " + settings.version());
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
