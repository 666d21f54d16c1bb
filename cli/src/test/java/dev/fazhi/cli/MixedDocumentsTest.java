package dev.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fazhi check} on a directory of the same report as text, web page, Word file and PDF, with a
 * legacy Word file and a scanned PDF beside them: the four are checked alike, the other two are named
 * with their reasons. The Word file and the PDFs are the documents module's test files (generated
 * there, from the project's own sample).
 */
class MixedDocumentsTest {

  private static final Path DOCUMENTS = Path.of("..", "documents", "src", "test", "resources", "dev",
      "fazhi", "documents");

  @Test
  void everyFileIsCheckedOrNamed(@TempDir Path dir) throws IOException {
    String text = Files.readString(Path.of("..", "samples", "qingshan-justice-2024-clean.txt"));
    Files.writeString(dir.resolve("report.txt"), text);
    StringBuilder page = new StringBuilder("<html><head><meta charset=\"gbk\"></head><body><div id=\"zoom\">");
    text.lines().filter(l -> !l.isBlank()).forEach(l -> page.append("<p>").append(l).append("</p>\n"));
    Files.write(dir.resolve("report.html"), page.append("</div></body></html>").toString()
        .getBytes(Charset.forName("GBK")));
    Files.copy(DOCUMENTS.resolve("word/WordReaderFuzzTestInputs/read/sample.docx"), dir.resolve("report.docx"));
    Files.copy(DOCUMENTS.resolve("pdf/report-text.pdf"), dir.resolve("report.pdf"));
    Files.copy(DOCUMENTS.resolve("pdf/scanned.pdf"), dir.resolve("scan.pdf"));
    try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(dir.resolve("old.doc"))) {
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
      fs.writeFilesystem(out);
    }
    Files.write(dir.resolve("style.css"), "body{}".getBytes(StandardCharsets.UTF_8));

    CliRun run = CliRun.run("check", "--format", "json", "--locale", "en", dir.toString());
    JsonNode json = run.json();
    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    Map<String, String> errors = new HashMap<>();
    json.get("errors").forEach(e -> errors.put(Path.of(e.get("source").asText()).getFileName().toString(),
        e.get("message").asText()));
    assertThat(errors).containsOnlyKeys("old.doc", "scan.pdf");
    assertThat(errors.get("old.doc")).contains("legacy Word (.doc) or WPS (.wps)", "save it as .docx or PDF");
    assertThat(errors.get("scan.pdf")).contains("scanned: the PDF holds images and no text; OCR is not part of fazhi");
    Map<String, JsonNode> reports = new HashMap<>();
    json.get("reports").forEach(r -> reports.put(Path.of(r.get("source").asText()).getFileName().toString(), r));
    assertThat(reports).containsOnlyKeys("report.txt", "report.html", "report.docx", "report.pdf");
    // The format is what the content was read as (cli.md's `format`).
    reports.forEach((name, r) -> assertThat(r.get("format").asText()).as(name)
        .isEqualTo(name.substring(name.lastIndexOf('.') + 1).replace("txt", "text")));
    int duplicates = 0;
    for (JsonNode r : reports.values()) {
      assertThat(r.get("issuer").asText()).as(r.get("source").asText()).isEqualTo("青山区司法局");
      // The same report four times in one directory: the corpus checks (several reports checked
      // together) name each copy a duplicate of another, and nothing else is found in any format.
      List<String> rules = new ArrayList<>();
      r.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
      assertThat(rules).as(r.get("source").asText()).isSubsetOf("corpus.duplicate-report");
      duplicates += rules.size();
      assertThat(r.get("metrics").size()).isEqualTo(reports.get("report.txt").get("metrics").size());
    }
    assertThat(duplicates).as("duplicate-report findings among the four copies").isPositive();
    assertThat(run.err()).doesNotContain("Log4j", "Exception");
  }
}
