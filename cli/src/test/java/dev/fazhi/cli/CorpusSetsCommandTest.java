package dev.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fazhi check --roster roster.csv --history 2023/ 2024/} on the project's corpus sample sets
 * (corpus-samples): exactly the expected corpus findings, in text, JSON and SARIF, and none in the
 * reports that have nothing in common with the others.
 */
class CorpusSetsCommandTest {

  private static final String ROOT = "../corpus-samples/";

  /** Source, rule, line (0 for the report as a whole), related source and line. */
  private static final List<String> EXPECTED = List.of(
      "2024/huaxi-education-2024.txt corpus.reused-text 8 2024/huaxi-market-2024.txt 8",
      "2024/huaxi-health-2024.txt corpus.duplicate-report 0 2024/区卫健局年度报告-转载.txt 1",
      "2024/huaxi-market-2024.txt corpus.reused-text 8 2024/huaxi-education-2024.txt 8",
      "2024/qingxi-justice-2024.txt corpus.reused-text 8 2023/qingxi-justice-2023.txt 8",
      "2024/qingxi-justice-2024.txt corpus.reused-text 9 2023/qingxi-justice-2023.txt 9",
      "2024/qingxi-justice-2024.txt corpus.year-on-year-mismatch 10 2023/qingxi-justice-2023.txt 10",
      "2024/区卫健局年度报告-转载.txt corpus.duplicate-report 0 2024/huaxi-health-2024.txt 1");

  private static String[] command(String format, String... history) {
    List<String> args = new ArrayList<>(List.of("check", "--format", format, "--locale", "zh-CN",
        "--roster", ROOT + "roster.csv"));
    for (String h : history) {
      args.add("--history");
      args.add(ROOT + h);
    }
    args.add(ROOT + "2024/");
    return args.toArray(new String[0]);
  }

  private static List<String> corpusFindings(JsonNode json) {
    List<String> found = new ArrayList<>();
    for (JsonNode report : json.get("reports")) {
      for (JsonNode finding : report.get("findings")) {
        if (!finding.get("rule").asText().startsWith("corpus.")) {
          assertThat(finding.get("related").isNull()).isTrue();
          continue;
        }
        JsonNode related = finding.get("related");
        found.add(report.get("source").asText().replace(ROOT, "") + " " + finding.get("rule").asText() + " "
            + finding.get("line").asInt(0) + " " + related.get("source").asText().replace(ROOT, "") + " "
            + related.get("line").asInt());
      }
    }
    return found;
  }

  @Test
  void jsonGivesExactlyTheExpectedFindingsAndTheMissingIssuer() {
    CliRun run = CliRun.run(command("json", "2023/"));
    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode json = run.json();
    assertThat(corpusFindings(json)).as(run.toString()).containsExactlyElementsOf(EXPECTED);
    assertThat(json.get("setFindings")).hasSize(1);
    JsonNode missing = json.get("setFindings").get(0);
    assertThat(missing.get("rule").asText()).isEqualTo("corpus.report-missing");
    assertThat(missing.get("issuer").asText()).isEqualTo("花溪区民政局");
    assertThat(missing.get("reportingYear").asInt()).isEqualTo(2024);
    assertThat(missing.get("source").isNull()).isTrue();
    assertThat(json.get("errors")).isEmpty();
  }

  @Test
  void theMismatchAndTheReuseQuoteBothPlaces() {
    JsonNode json = CliRun.run(command("json", "2023/")).json();
    for (JsonNode report : json.get("reports")) {
      for (JsonNode finding : report.get("findings")) {
        String rule = finding.get("rule").asText();
        if (rule.equals("corpus.year-on-year-mismatch")) {
          assertThat(finding.get("quote").asText()).isEqualTo("办理行政复议案件135件，同比增长15.6%");
          assertThat(finding.get("related").get("quote").asText()).isEqualTo("办理行政复议案件120件");
          assertThat(finding.get("message").asText()).contains("增长12.5%");
        }
        if (rule.equals("corpus.reused-text") && report.get("source").asText().contains("qingxi")) {
          assertThat(finding.get("quote").asText()).isEqualTo(finding.get("related").get("quote").asText());
          assertThat(finding.get("message").asText()).contains("33%");
        }
      }
    }
  }

  @Test
  void anEarlierYearInTheHistoryChangesNothing() {
    JsonNode json = CliRun.run(command("json", "2022/", "2023/")).json();
    assertThat(corpusFindings(json)).containsExactlyElementsOf(EXPECTED);
  }

  @Test
  void unrelatedReportsStaySilent() {
    JsonNode json = CliRun.run(command("json", "2023/")).json();
    for (JsonNode report : json.get("reports")) {
      String source = report.get("source").asText();
      if (source.endsWith("songling-resources-2024.txt") || source.endsWith("huaxi-government-2024.txt")) {
        assertThat(report.get("findings")).as(source).isEmpty();
      }
    }
  }

  @Test
  void sarifNamesTheOtherPlaceAsARelatedLocation() {
    CliRun run = CliRun.run(command("sarif", "2023/"));
    JsonNode results = run.json().get("runs").get(0).get("results");
    List<String> found = new ArrayList<>();
    int missing = 0;
    for (JsonNode result : results) {
      String rule = result.get("ruleId").asText();
      if (!rule.startsWith("corpus.")) {
        continue;
      }
      if (!result.has("locations")) {
        missing++;
        assertThat(result.get("properties").get("issuer").asText()).isEqualTo("花溪区民政局");
        continue;
      }
      JsonNode location = result.get("locations").get(0).get("physicalLocation");
      JsonNode related = result.get("relatedLocations").get(0).get("physicalLocation");
      String source = location.get("artifactLocation").get("uri").asText();
      found.add(decode(source) + " " + rule + " "
          + (location.has("region") ? location.get("region").get("startLine").asInt() : 0) + " "
          + decode(related.get("artifactLocation").get("uri").asText()) + " "
          + related.get("region").get("startLine").asInt());
    }
    assertThat(found).containsExactlyElementsOf(EXPECTED);
    assertThat(missing).isEqualTo(1);
  }

  @Test
  void textShowsTheOtherPlaceAndTheSetFindings() {
    CliRun run = CliRun.run(command("text", "2023/"));
    assertThat(run.out()).contains("↳ " + ROOT + "2023/qingxi-justice-2023.txt 第 10 行：“办理行政复议案件120件”")
        .contains("corpus.report-missing  花溪区民政局 2024")
        .contains("按此应为增长12.5%");
    assertThat(run.out().split("corpus\\.", -1).length - 1).as(run.out()).isEqualTo(EXPECTED.size() + 1);
  }

  /**
   * The text output reads every report once and writes its block ahead of the corpus findings, which
   * are merged into the blocks of the reports they concern afterwards; the JSON output reads the
   * reports again after the corpus checks. Both must show every report, in the same order, with the
   * same findings (rule and line) and the same summary.
   */
  @Test
  void textWrittenAheadAgreesWithJsonReportByReport() {
    CliRun text = CliRun.run(command("text", "2023/"));
    CliRun json = CliRun.run(command("json", "2023/"));
    assertThat(text.status()).isEqualTo(json.status());
    List<String> blocks = new ArrayList<>(List.of(text.out().split("\n\n")));
    int at = 0;
    for (JsonNode report : json.json().get("reports")) {
      String source = report.get("source").asText();
      while (at < blocks.size() && !blocks.get(at).startsWith(source + "\n")) {
        at++;
      }
      assertThat(at).as("the block of %s, in order", source).isLessThan(blocks.size());
      String block = blocks.get(at);
      List<String> shown = new ArrayList<>();
      for (String line : block.split("\n")) {
        java.util.regex.Matcher m = java.util.regex.Pattern
            .compile("^    (\\d+|-)(?::\\d+)?\\s+\\S+\\s+([a-z]+\\.[a-z-]+)$").matcher(line);
        if (m.find()) {
          shown.add(m.group(1) + " " + m.group(2));
        }
      }
      List<String> expected = new ArrayList<>();
      for (JsonNode finding : report.get("findings")) {
        expected.add((finding.get("line").isNull() ? "-" : finding.get("line").asText()) + " "
            + finding.get("rule").asText());
      }
      assertThat(shown).as(source).isEqualTo(expected);
      at++;
    }
    assertThat(text.out()).contains("corpus.reused-text").contains("corpus.duplicate-report");
  }

  @Test
  void aRosterWithAnIssuerTwiceIsRefusedNamingTheLine(@TempDir Path dir) throws IOException {
    Path roster = dir.resolve("roster.csv");
    Files.writeString(roster, "issuer,level,region,aliases\n花溪区教育局\n花溪区卫生健康局,区级,花溪区,卫健局\n花溪区卫健局\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.run("check", "--locale", "en", "--roster", roster.toString(), ROOT + "2024/");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("roster line 4").contains("花溪区卫健局").contains("line 3");
  }

  @Test
  void aRosterThatIsNotCsvOrHasAnEmptyNameIsRefused(@TempDir Path dir) throws IOException {
    Path roster = dir.resolve("roster.csv");
    Files.writeString(roster, "花溪区教育局\n\"花溪区民政局,区级\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.run("check", "--locale", "zh-CN", "--roster", roster.toString(), ROOT + "2024/");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("名单第2行").contains("引号未闭合");
    Files.writeString(roster, "花溪区教育局\n,区级\n", StandardCharsets.UTF_8);
    run = CliRun.run("check", "--locale", "en", "--roster", roster.toString(), ROOT + "2024/");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("roster line 2: the issuer name is empty");
  }

  @Test
  void aHistoryPathWithNoReportsIsNamed(@TempDir Path dir) {
    CliRun run = CliRun.run("check", "--locale", "en", "--history", dir.toString(), ROOT + "2024/");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--history " + dir).contains("no reports found");
  }

  @Test
  void aReportWithoutIssuerIsLeftOutAndTheSummarySaysSo(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("anonymous.txt");
    String health = Files.readString(Path.of(ROOT + "2024/huaxi-health-2024.txt"), StandardCharsets.UTF_8);
    Files.writeString(text, health.replace("花溪区卫健局关于2024年度法治政府建设情况的报告", "2024年度法治政府建设情况的报告")
        .replace("\n花溪区卫健局\n", "\n"), StandardCharsets.UTF_8);
    CliRun run = CliRun.run("check", "--locale", "en", text.toString(), ROOT + "2024/songling-resources-2024.txt");
    assertThat(run.out()).as(run.toString()).contains("left out of the corpus checks by issuer").contains("anonymous.txt");

    run = CliRun.run("check", "--format", "json", "--locale", "zh-CN", text.toString(),
        ROOT + "2024/songling-resources-2024.txt");
    JsonNode leftOut = run.json().get("leftOut");
    assertThat(leftOut).as(run.toString()).hasSize(1);
    assertThat(leftOut.get(0).get("source").asText()).isEqualTo(text.toString());
    assertThat(leftOut.get(0).get("reason").asText()).isEqualTo("UNKNOWN_ISSUER");
    assertThat(leftOut.get(0).get("message").asText()).startsWith("未识别出发布机关");

    run = CliRun.run("check", "--format", "sarif", "--locale", "en", text.toString(),
        ROOT + "2024/songling-resources-2024.txt");
    JsonNode invocation = run.json().get("runs").get(0).get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).as(run.toString()).isTrue();
    JsonNode notes = invocation.get("toolExecutionNotifications");
    assertThat(notes).as(run.toString()).hasSize(1);
    assertThat(notes.get(0).get("level").asText()).isEqualTo("note");
    assertThat(notes.get(0).get("properties").get("reason").asText()).isEqualTo("UNKNOWN_ISSUER");
    assertThat(notes.get(0).get("message").get("text").asText()).contains("anonymous.txt")
        .contains("no issuer found: left out of the corpus checks by issuer");
    assertThat(notes.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation")
        .get("uri").asText()).isEqualTo(SarifOutput.uri(text));
  }

  @Test
  void whenNothingIsLeftOutTheJsonSaysSoAndSarifHasNoNote() {
    assertThat(CliRun.run(command("json", "2023/")).json().get("leftOut")).isEmpty();
    JsonNode invocation = CliRun.run(command("sarif", "2023/")).json().get("runs").get(0).get("invocations").get(0);
    assertThat(invocation.get("toolExecutionNotifications")).isEmpty();
    assertThat(CliRun.run("check", "--format", "json", ROOT + "2024/songling-resources-2024.txt").json()
        .has("leftOut")).as("one report alone: no corpus checks, no leftOut").isFalse();
  }

  private static String decode(String uri) {
    return java.net.URLDecoder.decode(uri, StandardCharsets.UTF_8).replace(ROOT, "");
  }
}
