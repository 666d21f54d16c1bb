package dev.fazhi.cli.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fazhi.cli.CliRun;
import dev.fazhi.cli.Fixtures;
import dev.fazhi.cli.PagedDocuments;
import dev.fazhi.cli.result.OutputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format xlsx}, read back with POI: the same rows as the JSON output, frozen headers, filters. */
class XlsxOutputTest {

  @TempDir
  Path dir;

  private static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<String> row(Row row) {
    DataFormatter formatter = new DataFormatter();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      out.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
    }
    return out;
  }

  /** The project's corpus sets as README checks them: a roster, two years of history, 2024. */
  static final String[] CORPUS = {"--locale", "zh-CN", "--roster", "../corpus-samples/roster.csv",
      "--history", "../corpus-samples/2022/", "--history", "../corpus-samples/2023/", "../corpus-samples/2024/"};

  /** The share of a report reused, as its reused-text findings' messages state it. */
  private static final Pattern SHARE = Pattern.compile("本报告(\\d+)%的文字为重复使用");

  @Test
  void theWorkbookShowsTheCorpusChecksOverTheProjectsSets() throws IOException {
    Path file = dir.resolve("corpus.xlsx");
    List<String> args = new ArrayList<>(List.of("check", "--format", "xlsx", "--output", file.toString()));
    args.addAll(List.of(CORPUS));
    CliRun run = CliRun.run(args.toArray(new String[0]));
    List<String> jsonArgs = new ArrayList<>(List.of("check", "--format", "json"));
    jsonArgs.addAll(List.of(CORPUS));
    JsonNode json = CliRun.run(jsonArgs.toArray(new String[0])).json();
    assertThat(run.status()).as(run.toString()).isZero();

    // What the JSON says of each report: the file it duplicates, the share of it reused.
    Map<String, String> duplicateOf = new HashMap<>();
    Map<String, Double> reused = new HashMap<>();
    for (JsonNode report : json.get("reports")) {
      String source = report.get("source").asText();
      for (JsonNode finding : report.get("findings")) {
        if (finding.get("rule").asText().equals("corpus.duplicate-report")) {
          duplicateOf.putIfAbsent(source, finding.at("/related/source").asText());
        } else if (finding.get("rule").asText().equals("corpus.reused-text")) {
          Matcher share = SHARE.matcher(finding.get("message").asText());
          assertThat(share.find()).as(finding.toString()).isTrue();
          reused.merge(source, Double.valueOf(share.group(1)), Math::max);
        }
      }
    }
    assertThat(duplicateOf).hasSize(2);
    assertThat(reused).hasSize(3);

    try (XSSFWorkbook workbook = open(file)) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
      XSSFSheet reports = workbook.getSheetAt(0);
      List<String> header = row(reports.getRow(0));
      assertThat(header).endsWith("与之重复", "照搬比例");
      int duplicateColumn = header.size() - 2;
      int reusedColumn = header.size() - 1;
      assertThat(reports.getLastRowNum()).isEqualTo(json.get("reports").size()).isEqualTo(7);
      for (int i = 1; i <= reports.getLastRowNum(); i++) {
        Row row = reports.getRow(i);
        String source = row.getCell(0).getStringCellValue();
        Cell duplicate = row.getCell(duplicateColumn);
        Cell share = row.getCell(reusedColumn);
        assertThat(duplicate == null ? null : duplicate.getStringCellValue()).as(source)
            .isEqualTo(duplicateOf.get(source));
        assertThat(share == null ? null : share.getNumericCellValue()).as(source).isEqualTo(reused.get(source));
      }

      XSSFSheet missing = workbook.getSheetAt(3);
      assertThat(missing.getSheetName()).isEqualTo("缺报单位");
      assertThat(row(missing.getRow(0))).containsExactly("报告单位", "年度", "说明");
      assertThat(missing.getLastRowNum()).isEqualTo(1);
      assertThat(row(missing.getRow(1))).startsWith("花溪区民政局", "2024");
      XSSFSheet excluded = workbook.getSheetAt(4);
      assertThat(excluded.getSheetName()).isEqualTo("未参加跨报告检查");
      assertThat(excluded.getLastRowNum()).isZero();
    }
  }

  @Test
  void theFindingsSheetGivesTheirPageInAWordFile() throws IOException {
    Path docx = dir.resolve("paged").resolve("report.docx");
    Files.createDirectories(docx.getParent());
    Map<String, Integer> expected = PagedDocuments.docx(docx);
    Path file = dir.resolve("paged.xlsx");
    CliRun run = CliRun.run("check", "--format", "xlsx", "--output", file.toString(), docx.toString());
    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    try (XSSFWorkbook workbook = open(file)) {
      XSSFSheet findings = workbook.getSheetAt(1);
      assertThat(row(findings.getRow(0)).get(5)).isEqualTo("Page");
      List<Integer> pages = new ArrayList<>();
      for (int i = 1; i <= findings.getLastRowNum(); i++) {
        if (findings.getRow(i).getCell(2).getStringCellValue().equals("metric.breakdown-sum")) {
          pages.add((int) findings.getRow(i).getCell(5).getNumericCellValue());
        }
      }
      assertThat(pages).containsExactly(expected.get(PagedDocuments.FIRST), expected.get(PagedDocuments.SECOND))
          .containsExactly(1, 2);
    }
  }

  @Test
  void theWorkbookHoldsTheReportsAndFindingsOfTheRun() throws IOException {
    Path file = dir.resolve("out/results.xlsx");
    Path in = dir.resolve("in");
    for (String sample : List.of("yunxi-market-2023-webcopy.txt", "qingshan-justice-2024-clean.txt")) {
      Files.createDirectories(in);
      Files.copy(Fixtures.SAMPLES.resolve(sample), in.resolve(sample));
    }
    Fixtures.writeText(in, "not-a-report.txt", "今天天气很好。\n");

    CliRun run = CliRun.run("check", "--format", "xlsx", "--output", file.toString(), in.toString());
    JsonNode json = CliRun.run("check", "--format", "json", in.toString()).json();

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).contains(file.toString());
    try (XSSFWorkbook workbook = open(file)) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
      XSSFSheet reports = workbook.getSheetAt(0);
      XSSFSheet findings = workbook.getSheetAt(1);
      XSSFSheet failures = workbook.getSheetAt(2);
      assertThat(List.of(reports.getSheetName(), findings.getSheetName(), failures.getSheetName(),
          workbook.getSheetName(3), workbook.getSheetName(4)))
          .containsExactly("Reports", "Findings", "Not checked", "Missing reports", "Left out across reports");

      assertThat(row(reports.getRow(0))).startsWith("File", "Issuer", "Year", "Format", "Signed", "Published")
          .endsWith("Errors", "Warnings", "Infos", "Duplicate of", "Reused");
      assertThat(reports.getLastRowNum()).isEqualTo(json.get("reports").size());
      List<String> yunxi = row(reports.getRow(2));
      assertThat(yunxi).startsWith(in.resolve("yunxi-market-2023-webcopy.txt").toString().replace('\\', '/'),
          "云溪县市场监督管理局", "2023", "text", "2024-03-28", "2024-05-08", "2024-04-01", "37", "✓", "✗");

      assertThat(row(findings.getRow(0))).containsExactly("File", "Issuer", "Rule", "Severity", "Line", "Page",
          "Section", "Quote", "Message");
      int expected = 0;
      for (JsonNode report : json.get("reports")) {
        expected += report.get("findings").size();
      }
      assertThat(findings.getLastRowNum()).isEqualTo(expected).isPositive();
      List<String> rules = new ArrayList<>();
      for (int i = 1; i <= findings.getLastRowNum(); i++) {
        rules.add(findings.getRow(i).getCell(2).getStringCellValue());
      }
      assertThat(rules).contains("metric.breakdown-sum", "meta.publication-late");

      assertThat(failures.getLastRowNum()).isEqualTo(1);
      assertThat(row(failures.getRow(1)).get(0)).endsWith("not-a-report.txt");

      for (XSSFSheet sheet : List.of(reports, findings, failures)) {
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
      }
      // The issuer column fits ten Chinese characters (twenty columns) and more.
      assertThat(reports.getColumnWidth(1)).isGreaterThanOrEqualTo(20 * 256);
      assertThat(workbook.getProperties().getCustomProperties().contains(OutputFiles.WORKBOOK_PROPERTY)).isTrue();
    }
  }

  @Test
  void theSheetsAreNamedInTheLocale() throws IOException {
    Path file = dir.resolve("zh.xlsx");
    CliRun.run("check", "--format", "xlsx", "--locale", "zh-CN", "--output", file.toString(),
        Fixtures.SAMPLES.toString());

    try (XSSFWorkbook workbook = open(file)) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("报告");
      assertThat(row(workbook.getSheetAt(1).getRow(0))).contains("规则", "严重程度");
    }
  }

  @Test
  void aWorkbookNeedsAnOutputFile() {
    CliRun run = CliRun.run("check", "--format", "xlsx", Fixtures.SAMPLES.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--format xlsx needs --output FILE");
  }

  @Test
  void aFileFazhiDidNotWriteIsNotReplacedButItsOwnWorkbookIs() throws IOException {
    Path file = Fixtures.writeText(dir, "budget.xlsx", "not even a workbook");

    CliRun refused = CliRun.run("check", "--format", "xlsx", "--output", file.toString(), Fixtures.SAMPLES.toString());
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains("is not a file fazhi wrote");
    assertThat(Files.readString(file)).isEqualTo("not even a workbook");

    Path mine = dir.resolve("mine.xlsx");
    assertThat(CliRun.run("check", "--format", "xlsx", "--output", mine.toString(), Fixtures.SAMPLES.toString())
        .status()).isIn(0, 1);
    CliRun again = CliRun.run("check", "--format", "xlsx", "--output", mine.toString(), Fixtures.SAMPLES.toString());
    assertThat(again.status()).as(again.toString()).isIn(0, 1);
    assertThat(again.err()).doesNotContain("is not a file fazhi wrote");
  }
}
