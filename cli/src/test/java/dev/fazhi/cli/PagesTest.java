package dev.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding's {@code page} (cli.md) in the command's JSON and SARIF, from a real Word file (the page at
 * its last save) and a real PDF, each with a wrong figure on page 1 and one on a later page; null for a
 * plain text. The html page and the workbook are tested in their own packages.
 */
class PagesTest {

  @TempDir
  Path dir;

  @Test
  void aWordFilesFindingsCarryThePageOfItsLastSave() throws IOException {
    Path docx = dir.resolve("report.docx");
    Map<String, Integer> expected = PagedDocuments.docx(docx);
    assertThat(expected).containsEntry(PagedDocuments.FIRST, 1).containsEntry(PagedDocuments.SECOND, 2);
    assertPages(docx, "docx", expected);
  }

  @Test
  void aPdfsFindingsCarryTheirPage() throws IOException {
    assertThat(PagedDocuments.FONT).as("the PDF is written in Debian's fonts-wqy-microhei; install it "
        + "(.ci/run does)").isRegularFile();
    Path pdf = dir.resolve("report.pdf");
    Map<String, Integer> expected = PagedDocuments.pdf(pdf);
    assertThat(expected.get(PagedDocuments.SECOND)).isGreaterThan(expected.get(PagedDocuments.FIRST));
    assertPages(pdf, "pdf", expected);
  }

  @Test
  void aPlainTextsFindingsHaveNoPage() throws IOException {
    Path txt = dir.resolve("report.txt");
    Files.writeString(txt, String.join("\n", PagedDocuments.paragraphs()) + "\n");
    CliRun run = CliRun.run("check", "--format", "json", txt.toString());
    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    JsonNode findings = run.json().at("/reports/0/findings");
    assertThat(findings).isNotEmpty();
    findings.forEach(f -> assertThat(f.has("page") && f.get("page").isNull()).as(f.toString()).isTrue());
    CliRun sarif = CliRun.run("check", "--format", "sarif", txt.toString());
    sarif.json().at("/runs/0/results").forEach(r -> assertThat(r.at("/properties").has("page")).isFalse());
  }

  private static void assertPages(Path file, String format, Map<String, Integer> expected) {
    CliRun run = CliRun.run("check", "--format", "json", file.toString());
    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    JsonNode report = run.json().at("/reports/0");
    assertThat(report.get("format").asText()).isEqualTo(format);
    List<Integer> pages = new ArrayList<>();
    List<String> quotes = new ArrayList<>();
    for (JsonNode finding : report.get("findings")) {
      assertThat(finding.has("page")).as(finding.toString()).isTrue();
      if (finding.get("rule").asText().equals("metric.breakdown-sum")) {
        pages.add(finding.get("page").asInt());
        quotes.add(finding.get("quote").asText());
      }
    }
    assertThat(quotes).as(run.toString()).hasSize(2);
    assertThat(quotes.get(0)).contains("58");
    assertThat(quotes.get(1)).contains("146");
    assertThat(pages).containsExactly(expected.get(PagedDocuments.FIRST), expected.get(PagedDocuments.SECOND));

    CliRun sarif = CliRun.run("check", "--format", "sarif", file.toString());
    List<Integer> sarifPages = new ArrayList<>();
    sarif.json().at("/runs/0/results").forEach(r -> {
      if (r.get("ruleId").asText().equals("metric.breakdown-sum")) {
        sarifPages.add(r.at("/properties/page").asInt());
      }
    });
    assertThat(sarifPages).containsExactlyElementsOf(pages);
  }
}
