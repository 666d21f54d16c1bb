package dev.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code fazhi check}: inputs, outputs, exit statuses. Options with findings: {@link CheckOptionsTest}. */
class CheckCommandTest {

  private static final List<String> REPORT_FIELDS = List.of("source", "format", "issuer", "reportingYear",
      "signedOn", "publishedOn", "metadata", "parts", "metrics", "findings");
  private static final List<String> FINDING_FIELDS = List.of("rule", "severity", "message", "part",
      "line", "column", "page", "section", "quote", "related");

  @TempDir
  Path dir;

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> sampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.SAMPLES)) {
      return files.filter(InputCollector::isReportFile)
          .map(p -> p.toString().replace('\\', '/')).sorted().toList();
    }
  }

  /** The JSON shape of cli.md, field by field, on every bundled sample. */
  @Test
  void jsonOnTheSamplesHasTheDocumentedShape() throws IOException {
    CliRun run = CliRun.run("check", "--format", "json", Fixtures.SAMPLES.toString());

    assertThat(run.status()).as(run.toString()).isIn(0, 1);
    JsonNode json = run.json();
    // Several reports: the corpus checks ran, so the set's findings are there too (cli.md), and the
    // reports they left out for want of an issuer or a year (none here).
    assertThat(names(json)).containsExactly("reports", "setFindings", "leftOut", "errors");
    assertThat(json.get("setFindings")).isEmpty();
    assertThat(json.get("leftOut")).isEmpty();
    assertThat(json.get("errors")).as(run.toString()).isEmpty();
    List<String> sources = new ArrayList<>();
    json.get("reports").forEach(r -> sources.add(r.get("source").asText()));
    assertThat(sources).isNotEmpty().containsExactlyElementsOf(sampleFiles());
    for (JsonNode report : json.get("reports")) {
      assertReportShape(report);
    }
  }

  @Test
  void jsonCarriesTheMetadataBlockOfACopiedPage() throws Exception {
    CliRun run = CliRun.run("check", "--format", "json", "../shapes/baisha-market-2023-brackets.txt");
    JsonNode metadata = run.json().get("reports").get(0).get("metadata");
    assertThat(names(metadata)).containsExactly("documentNumber", "indexNumber", "publisher", "signedOn",
        "publishedOn", "modifiedOn");
    assertThat(metadata.get("documentNumber").asText()).isEqualTo("白市监〔2024〕7号");
    assertThat(metadata.get("indexNumber").asText()).isEqualTo("114503MB1A2C3D4E5F/2024-00031");
    assertThat(metadata.get("publisher").asText()).isEqualTo("白沙市人民政府办公室");
    assertThat(metadata.get("signedOn").asText()).isEqualTo("2024-02-05");
    assertThat(metadata.get("publishedOn").asText()).isEqualTo("2024-02-26");
    assertThat(metadata.get("modifiedOn").isNull()).isTrue();
  }

  static void assertReportShape(JsonNode report) {
    String source = report.get("source").asText();
    assertThat(names(report)).as(source).containsExactlyElementsOf(REPORT_FIELDS);
    assertThat(report.get("issuer").isTextual() || report.get("issuer").isNull()).as(source).isTrue();
    assertThat(report.get("reportingYear").isInt() || report.get("reportingYear").isNull()).isTrue();
    for (String date : List.of("signedOn", "publishedOn")) {
      JsonNode value = report.get(date);
      assertThat(value.isNull() || value.asText().matches("\\d{4}-\\d{2}-\\d{2}")).as(source + " " + date)
          .isTrue();
    }
    JsonNode parts = report.get("parts");
    assertThat(names(parts)).as(source).containsExactly("MEASURES_AND_RESULTS", "SHORTCOMINGS_AND_CAUSES",
        "PRINCIPAL_RESPONSIBILITY", "NEXT_YEAR_PLAN", "OTHER_MATTERS");
    parts.forEach(part -> {
      if (!part.isNull()) {
        List<String> fields = names(part);
        assertThat(fields).as(source).isIn(List.of("heading", "line"), List.of("embeddedIn", "line", "quote"));
      }
    });
    for (JsonNode metric : report.get("metrics")) {
      List<String> fields = names(metric);
      assertThat(fields.get(0)).isEqualTo("kind");
      assertThat(fields).contains("subject", "line", "quote");
      switch (metric.get("kind").asText()) {
        case "TASK_COMPLETION" -> {
          assertThat(fields).contains("assigned", "completed", "closed", "ratePercent");
          assertThat(metric.get("ratePercent").isTextual() || metric.get("ratePercent").isNull()).isTrue();
        }
        case "RATE" -> {
          assertThat(fields).contains("numerator", "denominator", "ratePercent");
          assertThat(metric.get("ratePercent").isTextual()).as("rates are strings").isTrue();
        }
        case "BREAKDOWN" -> assertThat(metric.get("parts").isArray()).isTrue();
        case "SUBSET" -> assertThat(fields).contains("total", "subset");
        case "COUNT" -> assertThat(fields).contains("value", "unit");
        case "AMOUNT" -> {
          assertThat(fields).contains("yuan", "statedUnit");
          assertThat(metric.get("yuan").isTextual()).as("amounts are strings").isTrue();
        }
        default -> throw new AssertionError("unknown kind in " + metric);
      }
    }
    for (JsonNode finding : report.get("findings")) {
      assertThat(names(finding)).as(source).containsExactlyElementsOf(FINDING_FIELDS);
      assertThat(RuleCatalog.ids()).contains(finding.get("rule").asText());
      assertThat(finding.get("severity").asText()).isIn("ERROR", "WARNING", "INFO");
      assertThat(finding.get("message").asText()).isNotBlank();
    }
  }

  /** The clean sample, as text and as JSON, has no finding at all and exits 0 even with --fail-on info. */
  @ParameterizedTest
  @ValueSource(strings = {"qingshan-justice-2024-clean.txt", "qingshan-justice-2024-clean.json"})
  void cleanSampleHasNoFinding(String sample) {
    CliRun run = CliRun.run("check", "--format", "json", "--fail-on", "info",
        Fixtures.SAMPLES.resolve(sample).toString());

    assertThat(run.json().at("/reports/0/findings")).as(run.toString()).isEmpty();
    assertThat(run.status()).isZero();
  }

  /** Each faulty sample's faults, as samples/README.md lists them, are reported by the command. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "yunxi-market-2023-webcopy.txt | outline.part-missing text.editor-residue meta.publication-late "
          + "metric.completed-exceeds-assigned metric.breakdown-sum text.repeated-phrase "
          + "text.doubled-punctuation outline.numbering-gap outline.numbering-style",
      "linjiang-ecology-2022-thematic.txt | outline.part-embedded outline.numbering-missing "
          + "outline.numbering-duplicate outline.numbering-gap meta.year-mismatch "
          + "meta.date-before-period-end metric.rate-mismatch text.letter-in-number"})
  void faultySampleFaultsAreReported(String sample, String rules) {
    CliRun run = CliRun.run("check", "--format", "json", Fixtures.SAMPLES.resolve(sample).toString());

    List<String> found = new ArrayList<>();
    run.json().at("/reports/0/findings").forEach(f -> found.add(f.get("rule").asText()));
    assertThat(found).as(run.toString()).contains(rules.trim().split("\\s+"));
    assertThat(found).doesNotContain("outline.causes-missing");
    assertThat(run.status()).isEqualTo(1);
  }

  /** A JSON report comes out as it went in: the command adds nothing and loses nothing. */
  @Test
  void jsonReportIsReportedWithItsOwnFacts() throws IOException {
    Path file = Fixtures.writeJson(dir, "east.json", Fixtures.lacksPrincipalPart());

    JsonNode report = CliRun.run("check", "--format", "json", "--fail-on", "never", file.toString())
        .json().get("reports").get(0);

    assertThat(report.get("source").asText()).isEqualTo(file.toString());
    assertThat(report.get("issuer").asText()).isEqualTo("东湖区交通运输局");
    assertThat(report.get("reportingYear").asInt()).isEqualTo(2024);
    assertThat(report.get("signedOn").asText()).isEqualTo("2025-03-15");
    assertThat(report.get("publishedOn").isNull()).isTrue();
    assertThat(report.at("/parts/MEASURES_AND_RESULTS/heading").asText())
        .isEqualTo("一、2024年推进法治政府建设的主要举措和成效");
    assertThat(report.at("/parts/MEASURES_AND_RESULTS/line").isNull()).as("built in code: no line").isTrue();
    assertThat(report.at("/parts/PRINCIPAL_RESPONSIBILITY").isNull()).isTrue();
    assertThat(report.at("/parts/NEXT_YEAR_PLAN/heading").asText()).startsWith("三、");
  }

  /** Every sample JSON report's facts reach the output unchanged. */
  @Test
  void sampleJsonFactsReachTheOutput() throws IOException {
    JsonNode reports = CliRun.run("check", "--format", "json", Fixtures.SAMPLES.toString())
        .json().get("reports");
    int compared = 0;
    for (JsonNode out : reports) {
      String source = out.get("source").asText();
      if (!source.endsWith(".json")) {
        continue;
      }
      Report report = ReportJson.defaults().read(Path.of(source));
      assertThat(out.get("issuer").asText()).isEqualTo(report.getIssuer().orElseThrow().getName());
      assertThat(out.get("reportingYear").asInt()).isEqualTo(report.getReportingYear().getAsInt());
      assertThat(out.get("metrics")).hasSize(report.allFigures().size());
      compared++;
    }
    assertThat(compared).isPositive();
  }

  @Test
  void notAReportIsNamedWithItsReasonWhileTheOthersAreStillReported() throws IOException {
    Path good = Fixtures.writeJson(dir, "a-good.json", Fixtures.lacksPrincipalPart());
    Path prose = Fixtures.writeText(dir, "b-prose.txt", "今天天气很好，我们去公园散步。\n没有别的事情。\n");
    Path broken = Fixtures.writeText(dir, "c-broken.json", "{\"title\": \"x\", \"sections\": [}");
    Path good2 = Fixtures.writeJson(dir, "d-good.json", Fixtures.lacksPrincipalPart());

    CliRun run = CliRun.run("check", "--format", "json", dir.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    JsonNode json = run.json();
    assertThat(json.get("reports")).extracting(r -> r.get("source").asText())
        .containsExactly(good.toString(), good2.toString());
    assertThat(json.get("errors")).extracting(e -> e.get("source").asText())
        .containsExactly(prose.toString(), broken.toString());
    json.get("errors").forEach(e -> assertThat(e.get("message").asText()).isNotBlank());
    assertThat(json.at("/errors/1/message").asText()).as("a JSON error says where").contains("line 1");
    assertThat(run.err()).contains(prose.toString(), broken.toString());
  }

  @Test
  void gb18030TextGivesTheSameReportAsUtf8() throws IOException {
    Path utf8 = Fixtures.SAMPLES.resolve("yunxi-market-2023-webcopy.txt");
    Path gbk = dir.resolve("yunxi-gbk.txt");
    Files.write(gbk, Files.readString(utf8).getBytes(java.nio.charset.Charset.forName("GB18030")));

    JsonNode fromUtf8 = CliRun.run("check", "--format", "json", utf8.toString()).json().at("/reports/0");
    JsonNode fromGbk = CliRun.run("check", "--format", "json", gbk.toString()).json().at("/reports/0");

    assertThat(fromGbk.get("issuer")).isEqualTo(fromUtf8.get("issuer"));
    assertThat(fromGbk.get("parts")).isEqualTo(fromUtf8.get("parts"));
    assertThat(fromGbk.get("findings")).isEqualTo(fromUtf8.get("findings"));
  }

  @Test
  void emptyAndBinaryFilesAreNamedErrors() throws IOException {
    Path empty = Fixtures.writeText(dir, "empty.txt", "");
    Path binary = dir.resolve("image.txt");
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    Files.write(binary, bytes);

    CliRun run = CliRun.run("check", "--format", "json", empty.toString(), binary.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.json().get("reports")).isEmpty();
    assertThat(run.json().get("errors")).extracting(e -> e.get("source").asText())
        .containsExactly(empty.toString(), binary.toString());
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void missingFileIsNamedAndExitsTwo() throws IOException {
    Path good = Fixtures.writeJson(dir, "good.json", Fixtures.lacksPrincipalPart());
    Path missing = dir.resolve("missing.txt");

    CliRun run = CliRun.run("check", "--format", "json", "--fail-on", "never", missing.toString(),
        good.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.json().get("reports")).hasSize(1);
    assertThat(run.json().at("/errors/0/source").asText()).isEqualTo(missing.toString());
    assertThat(run.json().at("/errors/0/message").asText()).isEqualTo("no such file or directory");
  }

  @Test
  void unreadableFileIsNamedAndExitsTwo() throws IOException {
    Path locked = Fixtures.writeText(dir, "locked.txt", "法治政府建设年度报告");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(locked)).as("running as root: permissions are not enforced").isFalse();

    CliRun run = CliRun.run("check", "--format", "json", locked.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.json().at("/errors/0/message").asText()).isEqualTo("permission denied");
  }

  /** Fails to read whoever runs it, root included, so the behaviour is tested in every CI. */
  @Test
  void brokenLinkPassedDirectlyIsNamedOthersStillCheckedAndExitsTwo() throws IOException {
    Path good = Fixtures.writeJson(dir, "a-good.json", Fixtures.lacksPrincipalPart());
    Path broken = Files.createSymbolicLink(dir.resolve("b-broken.txt"), dir.resolve("gone.txt"));

    CliRun json = CliRun.run("check", "--format", "json", "--fail-on", "never", good.toString(),
        broken.toString());
    CliRun text = CliRun.run("check", "--fail-on", "never", broken.toString(), good.toString());

    assertThat(json.status()).as(json.toString()).isEqualTo(2);
    assertThat(json.json().get("reports")).hasSize(1);
    assertThat(json.json().at("/reports/0/source").asText()).isEqualTo(good.toString());
    assertThat(json.json().get("errors")).hasSize(1);
    assertThat(json.json().at("/errors/0/source").asText()).isEqualTo(broken.toString());
    assertThat(json.json().at("/errors/0/message").asText())
        .isEqualTo("a symbolic link to " + dir.resolve("gone.txt") + ", which does not exist");
    assertThat(json.err()).contains(broken.toString());
    assertThat(text.status()).isEqualTo(2);
    assertThat(text.out()).contains(broken + "\n  cannot be checked: a symbolic link", "Checked 1 report(s)", "1 file(s) could not be checked",
        "Exit status 2");
  }

  @Test
  void brokenLinkInADirectoryIsAFailedInputNotSkipped() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Fixtures.writeJson(reports, "a-good.json", Fixtures.lacksPrincipalPart());
    Path broken = Files.createSymbolicLink(reports.resolve("b-broken.json"), dir.resolve("gone.json"));
    Files.createSymbolicLink(reports.resolve("c-broken.md"), dir.resolve("gone.md"));

    CliRun run = CliRun.run("check", "--format", "json", "--fail-on", "never", reports.toString());
    CliRun chinese = CliRun.run("check", "--locale", "zh-CN", "--fail-on", "never", reports.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.json().get("reports")).hasSize(1);
    assertThat(run.json().get("errors")).as("only report-named files count").hasSize(1);
    assertThat(run.json().at("/errors/0/source").asText()).isEqualTo(broken.toString());
    assertThat(run.json().at("/errors/0/message").asText()).contains("gone.json", "does not exist");
    assertThat(chinese.status()).isEqualTo(2);
    assertThat(chinese.out()).contains("b-broken.json", "gone.json", "不存在");
  }

  @Test
  void pipeNamedLikeAReportIsNotReadButNamed() throws IOException, InterruptedException {
    Path good = Fixtures.writeJson(dir, "a-good.json", Fixtures.lacksPrincipalPart());
    Path pipe = dir.resolve("b-pipe.txt");
    int made;
    try {
      made = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor();
    } catch (IOException e) {
      made = -1;
    }
    assumeThat(made).as("mkfifo is available").isZero();

    // Reading the pipe would block for ever: the command must not try.
    CliRun direct = CliRun.run("check", "--format", "json", "--fail-on", "never", pipe.toString(),
        good.toString());
    CliRun walked = CliRun.run("check", "--format", "json", "--fail-on", "never", dir.toString());

    for (CliRun run : List.of(direct, walked)) {
      assertThat(run.status()).as(run.toString()).isEqualTo(2);
      assertThat(run.json().get("reports")).hasSize(1);
      assertThat(run.json().at("/errors/0/source").asText()).isEqualTo(pipe.toString());
      assertThat(run.json().at("/errors/0/message").asText()).startsWith("not a regular file");
    }
  }

  @Test
  void emptyDirectoryIsAnError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    CliRun run = CliRun.run("check", empty.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).contains(empty.toString(), "the directory holds no .txt, .html, .docx, .pdf or .json file");
  }

  @Test
  void aLinkedFileInADirectoryIsChecked() throws IOException {
    Path target = Fixtures.writeJson(dir, "elsewhere/east.json", Fixtures.lacksPrincipalPart());
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Files.createSymbolicLink(reports.resolve("linked.json"), target);

    CliRun run = CliRun.run("check", "--format", "json", reports.toString());

    assertThat(run.json().at("/reports/0/source").asText()).endsWith("linked.json");
  }

  @Test
  void aFileNamedTwiceIsCheckedOnce() throws IOException {
    Path file = Fixtures.writeJson(dir, "once.json", Fixtures.lacksPrincipalPart());

    CliRun run = CliRun.run("check", "--format", "json", file.toString(), dir.toString(), file.toString());

    assertThat(run.json().get("reports")).hasSize(1);
  }

  /** Parallel and sequential runs print the same bytes, in path order, and lose no file. */
  @Test
  void manyFilesInParallelComeOutInPathOrderAndAllAreCounted() throws IOException {
    Report report = Fixtures.lacksPrincipalPart();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String name = String.format(Locale.ROOT, "batch/%s/r%02d.%s", i % 3 == 0 ? "x" : "y", 39 - i,
          i % 10 == 7 ? "txt" : "json");
      Path file = i % 10 == 7
          ? Fixtures.writeText(dir, name, "not a report at all\n")
          : Fixtures.writeJson(dir, name, report);
      expected.add(file.toString());
    }
    expected.sort(null);

    CliRun parallel = CliRun.run(Terminal.PLAIN, Locale.ENGLISH, 4, "check", "--format", "json",
        dir.resolve("batch").toString());
    CliRun sequential = CliRun.run(Terminal.PLAIN, Locale.ENGLISH, 1, "check", "--format", "json",
        dir.resolve("batch").toString());

    assertThat(parallel.out()).isEqualTo(sequential.out());
    JsonNode json = parallel.json();
    List<String> all = new ArrayList<>();
    json.get("reports").forEach(r -> all.add(r.get("source").asText()));
    json.get("errors").forEach(e -> all.add(e.get("source").asText()));
    assertThat(json.get("reports")).hasSize(36);
    assertThat(json.get("errors")).hasSize(4);
    assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
    List<String> reportSources = new ArrayList<>();
    json.get("reports").forEach(r -> reportSources.add(r.get("source").asText()));
    assertThat(reportSources).isSorted();

    CliRun text = CliRun.run(Terminal.PLAIN, Locale.ENGLISH, 4, "check", dir.resolve("batch").toString());
    assertThat(text.out()).contains("Checked 36 report(s)", "4 file(s) could not be checked");
  }

  @Test
  void textOutputShowsEachReportItsPartsFindingsAndASummary() throws IOException {
    Path file = Fixtures.writeJson(dir, "east.json", Fixtures.lacksPrincipalPart());

    CliRun run = CliRun.run("check", "--locale", "en", file.toString());

    assertThat(run.out()).contains(file.toString(), "issuer: 东湖区交通运输局", "reporting year: 2024",
        "signed: 2025-03-15", "✓ measures and results", "\"一、2024年推进法治政府建设的主要举措和成效\"",
        "✗ principal leaders' duties as those first responsible  missing", "– other matters", "Checked 1 report(s)");
    assertThat(run.out()).doesNotContain("\u001b[");
    assertThat(run.err()).isEmpty();
  }

  /** Findings by line with line:column, severity, rule, message, section and quote; counts agree with JSON. */
  @Test
  void textFindingsOfAPublishedTextAreOrderedByLine() {
    String sample = Fixtures.SAMPLES.resolve("yunxi-market-2023-webcopy.txt").toString();
    CliRun text = CliRun.run("check", "--locale", "en", sample);
    JsonNode findings = CliRun.run("check", "--format", "json", "--locale", "en", sample).json()
        .at("/reports/0/findings");

    List<String> lines = text.out().lines().toList();
    List<Integer> located = new ArrayList<>();
    int wholeReport = 0;
    for (String line : lines) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^    (\\d+):(\\d+) +(error|warning|info) +(\\S+)$")
          .matcher(line);
      if (m.matches()) {
        located.add(Integer.parseInt(m.group(1)));
      } else if (line.matches("^    - +(error|warning|info) +\\S+$")) {
        assertThat(located).as("report-wide findings come first").isEmpty();
        wholeReport++;
      }
    }
    assertThat(located).isSorted().isNotEmpty();
    assertThat(located.size() + wholeReport).isEqualTo(findings.size());
    for (JsonNode finding : findings) {
      assertThat(text.out()).contains(finding.get("message").asText());
      if (!finding.get("line").isNull()) {
        assertThat(text.out()).contains(finding.get("line").asText() + ":" + finding.get("column").asText());
      }
    }
    long errors = 0;
    for (JsonNode finding : findings) {
      errors += finding.get("severity").asText().equals("ERROR") ? 1 : 0;
    }
    assertThat(text.out()).contains("Checked 1 report(s): " + errors + " error(s)",
        "Exit status 1: 1 report(s) have findings at or above error.");
    assertThat(text.status()).isEqualTo(1);
  }

  @Test
  void textOutputInChinese() throws IOException {
    Path file = Fixtures.writeJson(dir, "east.json", Fixtures.lacksPrincipalPart());

    CliRun run = CliRun.run("check", "--locale", "zh-CN", file.toString());

    assertThat(run.out()).contains("发文机关：东湖区交通运输局", "报告年度：2024", "✗ 党政主要负责人履行推进法治建设第一责任人职责  缺失",
        "共检查报告 1 份");
  }

  @Test
  void colourAndProgressOnlyOnATerminal() throws IOException {
    Fixtures.writeJson(dir, "a.json", Fixtures.lacksPrincipalPart());
    Fixtures.writeJson(dir, "b.json", Fixtures.lacksPrincipalPart());

    CliRun terminal = CliRun.run(new Terminal(true, true), Locale.ENGLISH, 2, "check", dir.toString());
    CliRun plain = CliRun.run(Terminal.PLAIN, Locale.ENGLISH, 2, "check", dir.toString());

    assertThat(terminal.out()).contains("\u001b[1m");
    assertThat(terminal.err()).contains("[2/2]", "\r");
    assertThat(plain.out()).doesNotContain("\u001b[");
    assertThat(plain.err()).isEmpty();
    assertThat(terminal.out().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain.out());
  }

  @Test
  void sarifIsSarif210WithTheCatalogAndOneResultPerFinding() throws IOException {
    Path good = Fixtures.writeText(dir, "报告.txt",
        Files.readString(Fixtures.SAMPLES.resolve("yunxi-market-2023-webcopy.txt")));
    Path bad = Fixtures.writeText(dir, "prose.txt", "随便写的几句话。\n");

    CliRun json = CliRun.run("check", "--format", "json", good.toString());
    CliRun run = CliRun.run("check", "--format", "sarif", good.toString(), bad.toString());

    assertThat(run.status()).isEqualTo(2);
    JsonNode sarif = run.json();
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.get("$schema").asText()).contains("sarif-2.1.0");
    assertThat(sarif.get("runs")).hasSize(1);
    JsonNode sarifRun = sarif.at("/runs/0");
    assertThat(sarifRun.at("/tool/driver/name").asText()).isEqualTo("fazhi");
    JsonNode rules = sarifRun.at("/tool/driver/rules");
    assertThat(rules).hasSize(RuleCatalog.rules().size());
    for (JsonNode rule : rules) {
      assertThat(RuleCatalog.ids()).contains(rule.get("id").asText());
      assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
      assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("error", "warning", "note");
    }
    JsonNode findings = json.json().at("/reports/0/findings");
    JsonNode results = sarifRun.get("results");
    assertThat(results).hasSize(findings.size());
    assertThat(results).anySatisfy(r -> assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt())
        .isPositive());
    for (int i = 0; i < results.size(); i++) {
      JsonNode result = results.get(i);
      JsonNode finding = findings.get(i);
      assertThat(result.get("ruleId").asText()).isEqualTo(finding.get("rule").asText());
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(finding.get("rule").asText());
      assertThat(result.get("level").asText())
          .isEqualTo(SarifOutput.level(dev.fazhi.validation.Severity.valueOf(finding.get("severity").asText())));
      assertThat(result.at("/message/text").asText()).isEqualTo(finding.get("message").asText());
      JsonNode physical = result.at("/locations/0/physicalLocation");
      assertThat(physical.at("/artifactLocation/uri").asText())
          .isEqualTo(SarifOutput.uri(good)).startsWith("file:///").doesNotContain("报告").contains("%E6%8A%A5");
      assertThat(Path.of(java.net.URI.create(physical.at("/artifactLocation/uri").asText()))).isEqualTo(good);
      for (String property : List.of("part", "section", "quote")) {
        assertThat(result.at("/properties/" + property).asText()).isEqualTo(finding.get(property).asText(""));
      }
      if (!finding.get("line").isNull()) {
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(finding.get("line").asInt());
        assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(finding.get("column").asInt());
      }
    }
    JsonNode invocation = sarifRun.at("/invocations/0");
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.at("/toolExecutionNotifications/0/level").asText()).isEqualTo("error");
    assertThat(invocation.at("/toolExecutionNotifications/0/locations/0/physicalLocation/artifactLocation/uri")
        .asText()).isEqualTo(SarifOutput.uri(bad));
  }

  @Test
  void sarifLevels() {
    assertThat(SarifOutput.level(dev.fazhi.validation.Severity.ERROR)).isEqualTo("error");
    assertThat(SarifOutput.level(dev.fazhi.validation.Severity.WARNING)).isEqualTo("warning");
    assertThat(SarifOutput.level(dev.fazhi.validation.Severity.INFO)).isEqualTo("note");
  }

  @Test
  void sarifUris() {
    Path absolute = Path.of("/srv/年度 报告/a.txt").toAbsolutePath();
    assertThat(SarifOutput.uri(absolute)).isEqualTo(absolute.toUri().toASCIIString())
        .startsWith("file:///").contains("%20").doesNotContain(" ", "年");
    assertThat(Path.of(java.net.URI.create(SarifOutput.uri(absolute)))).isEqualTo(absolute);
    assertThat(SarifOutput.uri(Path.of("reports", "年度 报告.txt")))
        .isEqualTo("reports/%E5%B9%B4%E5%BA%A6%20%E6%8A%A5%E5%91%8A.txt");
    assertThat(SarifOutput.uri(Path.of("..", "samples", "a#1.json"))).isEqualTo("../samples/a%231.json");
    assertThat(SarifOutput.uri(Path.of("a:b.txt"))).isEqualTo("./a:b.txt");
    assertThat(java.net.URI.create(SarifOutput.uri(Path.of("a:b.txt"))).getScheme()).isNull();
  }

  @Test
  void sarifUriOfARelativeInputIsARelativeReference() throws IOException {
    CliRun run = CliRun.run("check", "--format", "sarif", "--fail-on", "never", Fixtures.SAMPLES.toString());

    List<String> uris = new ArrayList<>();
    run.json().at("/runs/0/results").forEach(
        r -> uris.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()));
    assertThat(uris).as(run.toString()).isNotEmpty()
        .allSatisfy(uri -> assertThat(uri).startsWith("../samples/").doesNotContain("\\", "file:"));
  }
}
