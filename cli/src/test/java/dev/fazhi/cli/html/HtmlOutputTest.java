package dev.fazhi.cli.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fazhi.cli.CliRun;
import dev.fazhi.cli.Fixtures;
import dev.fazhi.cli.PagedDocuments;
import dev.fazhi.cli.result.OutputFiles;
import dev.fazhi.core.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format html}: the site, the page of one report, escaping, and what --output refuses. */
class HtmlOutputTest {

  /** A report whose text holds markup that must show as text. */
  static final String SCRIPT_REPORT = "东湖区交通运输局2024年法治政府建设年度报告\n"
      + "一、2024年推进法治政府建设的主要举措和成效\n"
      + "全年办理行政许可120件，其中当场办结80件、限时办结41件。<script>window.pwned = 1;</script>\n"
      + "二、存在的不足和原因\n执法人员培训不足。<img src=x onerror=\"window.pwned = 2\">\n"
      + "三、党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人带头学法。\n"
      + "四、2025年推进法治政府建设的主要安排\n继续完善行政执法制度。\n"
      + "东湖区交通运输局\n2025年3月15日\n";

  @TempDir
  Path dir;

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static List<Path> pages(Path site) throws IOException {
    try (Stream<Path> files = Files.list(site.resolve("reports"))) {
      return files.sorted().toList();
    }
  }

  @Test
  void aSiteHasTheDashboardAPagePerReportItsAssetsAndItsMarker() throws IOException {
    Path site = dir.resolve("site");
    CliRun run = CliRun.run("check", "--format", "html", "--output", site.toString(), Fixtures.SAMPLES.toString());

    assertThat(run.status()).as(run.toString()).isIn(0, 1);
    assertThat(run.out()).contains(site.resolve("index.html").toString());
    String index = read(site.resolve("index.html"));
    assertThat(index).contains("<meta name=\"generator\" content=\"fazhi ")
        .contains("assets/echarts.min.js").doesNotContain("http://").doesNotContain("https://");
    String data = index.substring(index.indexOf("id=\"fazhi-data\">") + 16);
    JsonNode json = CliRun.JSON.readTree(data.substring(0, data.indexOf("</script>")));
    assertThat(json.get("reports")).hasSize(6);
    assertThat(json.get("reports").get(0).get("h").asText()).startsWith("reports/00001-");
    assertThat(json.get("rules").get("metric.breakdown-sum").get("ERROR").asInt()).isPositive();
    assertThat(json.get("failures").asInt()).isZero();
    List<Path> pages = pages(site);
    assertThat(pages).hasSize(6);
    for (Path page : pages) {
      assertThat(index).contains("reports/" + page.getFileName());
      assertThat(read(page)).contains("<meta name=\"generator\" content=\"fazhi ").contains("../assets/fazhi.css");
    }
    assertThat(site.resolve("assets/echarts.min.js")).isNotEmptyFile();
    assertThat(read(site.resolve("assets/ECHARTS-LICENSE.txt"))).contains("Apache License");
    assertThat(site.resolve("assets/ECHARTS-NOTICE.txt")).isNotEmptyFile();
    assertThat(read(site.resolve(OutputFiles.MARKER))).contains("index.html").contains("reports/");
  }

  @Test
  void aReportPageMarksEachFindingWithItsRuleAndListsItWithALink() throws IOException {
    Path site = dir.resolve("site");
    CliRun.run("check", "--format", "html", "--output", site.toString(),
        Fixtures.SAMPLES.resolve("yunxi-market-2023-webcopy.txt").toString());

    String page = read(pages(site).get(0));
    assertThat(page).contains("data-rule=\"metric.breakdown-sum\"")
        .contains("class=\"finding sev-error")
        .contains("href=\"#f")
        .contains("96 + 31 + 18 + 27 + 35 = 207 ≠ 215")
        .contains("37 days late")
        .contains("id=\"L16\"");
  }

  @Test
  void textFromAReportIsEscaped() throws IOException {
    Path report = Fixtures.writeText(dir, "in/script.txt", SCRIPT_REPORT);
    CliRun run = CliRun.run("check", "--format", "html", report.toString());

    assertThat(run.out()).as(run.toString()).startsWith("<!DOCTYPE html>")
        .contains("&lt;script&gt;window.pwned = 1;&lt;/script&gt;")
        .contains("&lt;img src=x onerror=&quot;window.pwned = 2&quot;&gt;")
        .doesNotContain("<script>window.pwned").doesNotContain("<img");
  }

  @Test
  void theMessagesFollowTheLocale() throws IOException {
    Path page = dir.resolve("one.html");
    CliRun run = CliRun.run("check", "--format", "html", "--locale", "zh-CN", "--output", page.toString(),
        Fixtures.SAMPLES.resolve("yunxi-market-2023-webcopy.txt").toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(read(page)).contains("<html lang=\"zh-CN\">").contains("逾期 37 天").contains("报告原文")
        .contains("<style>").contains("<script>");
  }

  @Test
  void severalReportsNeedADirectory() {
    CliRun run = CliRun.run("check", "--format", "html", Fixtures.SAMPLES.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--format html of several reports needs --output DIR");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aDirectoryWithOtherFilesIsRefusedUnlessForced() throws IOException {
    Path site = dir.resolve("mine");
    Path precious = Fixtures.writeText(site, "notes.txt", "my notes");

    CliRun refused = CliRun.run("check", "--format", "html", "--output", site.toString(), Fixtures.SAMPLES.toString());
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains("holds files fazhi did not write").contains("--force");
    assertThat(site.resolve("index.html")).doesNotExist();

    CliRun forced = CliRun.run("check", "--format", "html", "--force", "--output", site.toString(),
        Fixtures.SAMPLES.toString());
    assertThat(forced.status()).as(forced.toString()).isIn(0, 1);
    assertThat(site.resolve("index.html")).exists();
    assertThat(read(precious)).isEqualTo("my notes");
  }

  @Test
  void anEarlierSiteIsReplacedWithoutForceAndItsStalePagesGo() throws IOException {
    Path site = dir.resolve("site");
    CliRun.run("check", "--format", "html", "--output", site.toString(), Fixtures.SAMPLES.toString());
    Path mine = Fixtures.writeText(site, "README.md", "kept");
    assertThat(pages(site)).hasSize(6);

    CliRun again = CliRun.run("check", "--format", "html", "--output", site.toString(),
        Fixtures.SAMPLES.resolve("qingshan-justice-2024-clean.txt").toString());

    assertThat(again.status()).as(again.toString()).isEqualTo(0);
    assertThat(pages(site)).hasSize(1);
    assertThat(read(mine)).isEqualTo("kept");
  }

  @Test
  void aFileThatIsNotAFazhiPageIsNotReplaced() throws IOException {
    Path page = Fixtures.writeText(dir, "index.html", "<html><body>someone else's</body></html>");
    String sample = Fixtures.SAMPLES.resolve("qingshan-justice-2024-clean.txt").toString();

    CliRun refused = CliRun.run("check", "--format", "html", "--output", page.toString(), sample);
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains("is not a file fazhi wrote");
    assertThat(read(page)).contains("someone else's");

    CliRun forced = CliRun.run("check", "--format", "html", "--output", page.toString(), "--force", sample);
    assertThat(forced.status()).as(forced.toString()).isEqualTo(0);
    CliRun again = CliRun.run("check", "--format", "html", "--output", page.toString(), sample);
    assertThat(again.status()).as(again.toString()).isEqualTo(0);
    assertThat(read(page)).contains("<meta name=\"generator\" content=\"fazhi ");
  }

  @Test
  void aDirectoryThatCannotBeWrittenIsSaidPlainly() throws IOException {
    Path file = Fixtures.writeText(dir, "a-file", "x");

    CliRun run = CliRun.run("check", "--format", "html", "--output", file.resolve("site").toString(),
        Fixtures.SAMPLES.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("cannot write").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void outputIsOnlyForHtmlAndXlsx() {
    CliRun run = CliRun.run("check", "--format", "json", "--output", dir.resolve("x.json").toString(),
        Fixtures.SAMPLES.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--output is for --format html and xlsx");
  }

  @Test
  void filesThatCouldNotBeCheckedAreListedOnTheDashboard() throws IOException {
    Path in = dir.resolve("in");
    Fixtures.writeText(in, "a-report.txt", SCRIPT_REPORT);
    Fixtures.writeText(in, "not-a-report.txt", "今天天气很好。\n");
    Path site = dir.resolve("site");

    CliRun run = CliRun.run("check", "--format", "html", "--output", site.toString(), in.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    String index = read(site.resolve("index.html"));
    assertThat(index).contains("not-a-report.txt").contains("class=\"failures\"");
    assertThat(pages(site)).hasSize(1);
  }

  @Test
  void aPdfsPageNumbersItsPagesAndTheFindingsOnThem() throws IOException {
    assertThat(PagedDocuments.FONT).as("the PDF is written in Debian's fonts-wqy-microhei; install it "
        + "(.ci/run does)").isRegularFile();
    Path pdf = dir.resolve("in/report.pdf");
    Files.createDirectories(pdf.getParent());
    Map<String, Integer> pages = PagedDocuments.pdf(pdf);
    int second = pages.get(PagedDocuments.SECOND);
    CliRun run = CliRun.run("check", "--format", "html", "--locale", "zh-CN", pdf.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("<div class=\"page-break\" id=\"P1\">第 1 页</div>")
        .contains("<div class=\"page-break\" id=\"P" + second + "\">第 " + second + " 页</div>")
        .contains(">第 " + second + " 页第 ").contains(" data-page=\"" + second + "\"");
  }

  @Test
  void aPlainTextsPageHasNoPageNumbers() {
    CliRun run = CliRun.run("check", "--format", "html",
        Fixtures.SAMPLES.resolve("yunxi-market-2023-webcopy.txt").toString());
    assertThat(run.out()).doesNotContain("page-break\" id=").doesNotContain("data-page=");
  }

  @Test
  void theDashboardListsTheReportsLeftOutOfTheChecksAcrossReports() throws IOException {
    Path in = dir.resolve("in");
    Fixtures.writeJson(in, "with-issuer.json", Fixtures.lacksPrincipalPart());
    Report anonymous = Fixtures.lacksPrincipalPart();
    Fixtures.writeJson(in, "no-issuer.json", Report.builder().from(anonymous).issuer(Optional.empty())
        .title(Optional.empty()).build());
    Path site = dir.resolve("site");

    CliRun run = CliRun.run("check", "--format", "html", "--locale", "en", "--output", site.toString(),
        in.toString());

    assertThat(run.status()).as(run.toString()).isIn(0, 1);
    String index = read(site.resolve("index.html"));
    assertThat(index).contains("<section class=\"corpus\" id=\"corpus\"><h2>Across reports</h2>")
        .contains("Reports left out of the checks across reports (1)")
        .contains("no-issuer.json</td><td>no issuer found: left out of the checks by issuer");
  }
}
