package dev.fazhi.cli.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fazhi.cli.CliRun;
import dev.fazhi.cli.Fixtures;
import dev.fazhi.cli.PagedDocuments;
import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The html output in a real browser (headless Chromium, see {@link Browser}): no script errors, every
 * report of the run in the dashboard, the charts drawn, a click on a finding brings its mark into view,
 * a report holding {@code <script>} shows it as text. Screenshots go to {@code target/browser/}.
 */
class BrowserTest {

  static final Path SHOTS = Path.of("target", "browser");

  /** An issuer's name that is markup, in a JSON report: the dashboard's table must show it as text. */
  static final String MARKUP_ISSUER = "<img src=x onerror=\"window.pwned = 3\">交通运输局";

  @TempDir
  static Path dir;

  static Path site;
  static Browser browser;
  static int reports;

  @BeforeAll
  static void buildASiteAndStartTheBrowser() throws IOException {
    assumeFalse(Browser.skipped(), "browser tests skipped with -Dfazhi.browser-tests=skip");
    String missing = Browser.missing();
    if (missing != null) {
      fail(missing);
    }
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    try (var samples = Files.list(Fixtures.SAMPLES)) {
      for (Path sample : samples.filter(BrowserTest::isSampleReport).toList()) {
        Files.copy(sample, in.resolve(sample.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Fixtures.writeText(in, "donghu-script.txt", HtmlOutputTest.SCRIPT_REPORT);
    Fixtures.writeText(in, "not-a-report.txt", "今天天气很好。\n");
    Fixtures.writeJson(in, "markup-issuer.json", Report.builder().from(Fixtures.lacksPrincipalPart())
        .issuer(Issuer.named(MARKUP_ISSUER)).build());
    site = dir.resolve("site");
    CliRun run = CliRun.run("check", "--format", "html", "--output", site.toString(), in.toString());
    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    reports = CliRun.run("check", "--format", "json", in.toString()).json().get("reports").size();
    Files.createDirectories(SHOTS);
    browser = Browser.start(1400, 1800);
  }

  @AfterAll
  static void stopTheBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  private static void open(String relative) {
    browser.driver.get(site.resolve(relative).toUri().toString());
  }

  private static void screenshot(String name) throws IOException {
    Path shot = browser.driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private static Path page(String prefix) throws IOException {
    try (var pages = Files.list(site.resolve("reports"))) {
      return pages.filter(p -> p.getFileName().toString().contains(prefix)).findFirst().orElseThrow();
    }
  }

  @Test
  void theDashboardShowsEveryReportAndDrawsItsChartsWithoutAnError() throws IOException {
    open("index.html");

    assertThat(browser.script("return window.fazhiDashboard && window.fazhiDashboard.reports")).isEqualTo((long) reports);
    new Select(browser.driver.findElement(By.id("page-size"))).selectByValue("0");
    List<WebElement> rows = browser.driver.findElements(By.cssSelector("#reports tbody tr"));
    assertThat(rows).hasSize(reports);
    String table = browser.driver.findElement(By.id("reports")).getText();
    for (String issuer : List.of("云溪县市场监督管理局", "青山区司法局", "临江市生态环境局", "东湖区交通运输局")) {
      assertThat(table).contains(issuer);
    }
    assertThat(table).contains(MARKUP_ISSUER);
    assertThat(browser.script("return window.pwned === undefined && !document.querySelector('#reports img');"))
        .isEqualTo(true);
    assertThat(browser.driver.findElement(By.id("failures")).getText()).contains("not-a-report.txt");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.script(
        "return Array.from(document.querySelectorAll('.chart')).map(function (c) {"
        + " var drawn = c.querySelector('svg, canvas'); var box = drawn ? drawn.getBoundingClientRect() : null;"
        + " return {id: c.id, width: box ? box.width : 0, height: box ? box.height : 0,"
        + " shapes: drawn ? drawn.querySelectorAll('path, rect').length : 0}; });");
    assertThat(charts).hasSize(4);
    for (Map<String, Object> chart : charts) {
      assertThat(((Number) chart.get("width")).doubleValue()).as("%s", chart).isGreaterThan(100);
      assertThat(((Number) chart.get("height")).doubleValue()).as("%s", chart).isGreaterThan(100);
      assertThat(((Number) chart.get("shapes")).intValue()).as("%s", chart).isGreaterThan(3);
    }
    new Select(browser.driver.findElement(By.id("page-size"))).selectByValue("100");
    screenshot("dashboard.png");
    assertThat(browser.errors()).isEmpty();
  }

  @Test
  void sortingAndFilteringTheTable() {
    open("index.html");

    browser.driver.findElement(By.cssSelector("th[data-key='e']")).click();
    browser.driver.findElement(By.cssSelector("th[data-key='e']")).click();
    List<WebElement> first = browser.driver.findElements(By.cssSelector("#reports tbody tr:first-child td"));
    assertThat(first.get(11).getText()).isEqualTo(Integer.toString(maxErrors()));
    assertThat(browser.driver.findElement(By.cssSelector("th[data-key='e']")).getAttribute("aria-sort"))
        .isEqualTo("descending");

    browser.driver.findElement(By.id("filter")).sendKeys("青山");
    browser.script("return new Promise(function (done) { setTimeout(done, 400); });");
    List<WebElement> rows = browser.driver.findElements(By.cssSelector("#reports tbody tr"));
    assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.getText()).contains("青山区司法局"));
    assertThat(browser.errors()).isEmpty();
  }

  private static int maxErrors() {
    Object max = browser.script("return Math.max.apply(null, JSON.parse("
        + "document.getElementById('fazhi-data').textContent).reports.map(function (r) { return r.e; }));");
    return ((Number) max).intValue();
  }

  @Test
  void aClickOnAFindingBringsItsMarkIntoView() throws IOException {
    browser.driver.get(page("yunxi-market-2023-webcopy.txt").toUri().toString());
    List<WebElement> links = browser.driver.findElements(By.cssSelector("a.goto"));
    assertThat(links).hasSizeGreaterThan(3);
    WebElement last = links.get(links.size() - 1);
    String id = last.getAttribute("data-target");
    browser.script("window.scrollTo(0, 0);");

    last.click();

    WebElement mark = browser.driver.findElement(By.id(id));
    assertThat(mark.getAttribute("class")).contains("current");
    assertThat(mark.getAttribute("data-rule")).isNotBlank();
    @SuppressWarnings("unchecked")
    Map<String, Object> box = (Map<String, Object>) browser.script(
        "var r = arguments[0].getBoundingClientRect();"
        + " return {top: r.top, bottom: r.bottom, height: window.innerHeight};", mark);
    double top = ((Number) box.get("top")).doubleValue();
    double bottom = ((Number) box.get("bottom")).doubleValue();
    assertThat(top).as("%s", box).isGreaterThanOrEqualTo(0);
    assertThat(bottom).as("%s", box).isLessThanOrEqualTo(((Number) box.get("height")).doubleValue());
    assertThat((Boolean) browser.script("return location.hash === '#' + arguments[0];", id)).isTrue();
    browser.script("window.scrollTo(0, 0);");
    screenshot("report.png");
    assertThat(browser.errors()).isEmpty();
  }

  @Test
  void onPaperTheControlsGoAndTheFindingsFollowTheText() throws IOException {
    browser.driver.get(page("yunxi-market-2023-webcopy.txt").toUri().toString());
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(browser.script("return getComputedStyle(document.querySelector('.findings')).position;"))
          .isEqualTo("static");
      assertThat(browser.script("return getComputedStyle(document.querySelector('.back')).display;"))
          .isEqualTo("none");
      assertThat(browser.script("return getComputedStyle(document.querySelector('mark.finding')).printColorAdjust;"))
          .isEqualTo("exact");
      screenshot("report-print.png");
      open("index.html");
      assertThat(browser.script("return getComputedStyle(document.querySelector('.controls')).display;"))
          .isEqualTo("none");
      screenshot("dashboard-print.png");
    } finally {
      browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    assertThat(browser.errors()).isEmpty();
  }

  @Test
  void aReportHoldingScriptShowsItAsText() throws IOException {
    browser.driver.get(page("donghu-script").toUri().toString());

    assertThat(browser.script("return window.pwned === undefined;")).isEqualTo(true);
    String text = browser.driver.findElement(By.cssSelector("article.document")).getText();
    assertThat(text).contains("<script>window.pwned = 1;</script>").contains("<img src=x onerror=");
    assertThat(browser.driver.findElements(By.cssSelector("article.document script, article.document img"))).isEmpty();
    screenshot("report-with-script.png");
    assertThat(browser.errors()).isEmpty();
  }

  @Test
  void aWordFilesPageShowsThePageOfEachLineAndFinding() throws IOException {
    Path docx = dir.resolve("paged").resolve("report.docx");
    Files.createDirectories(docx.getParent());
    PagedDocuments.docx(docx);
    Path html = dir.resolve("paged.html");
    CliRun run = CliRun.run("check", "--format", "html", "--locale", "en", "--output", html.toString(),
        docx.toString());
    assertThat(run.status()).as(run.toString()).isEqualTo(1);

    browser.driver.get(html.toUri().toString());

    WebElement second = browser.driver.findElement(By.id("P2"));
    assertThat(second.isDisplayed()).isTrue();
    assertThat(second.getText()).isEqualTo("page 2");
    assertThat(browser.driver.findElement(By.id("P1")).getText()).isEqualTo("page 1");
    List<String> places = browser.driver.findElements(By.cssSelector("li[data-rule='metric.breakdown-sum'] .goto"))
        .stream().map(WebElement::getText).toList();
    assertThat(places).hasSize(2);
    assertThat(places.get(0)).startsWith("page 1, line ");
    assertThat(places.get(1)).startsWith("page 2, line ");
    // The mark of the finding on page 2 stands in a block of page 2, whose line number tells its page.
    WebElement mark = browser.driver.findElements(By.cssSelector("mark[data-rule='metric.breakdown-sum']")).get(1);
    assertThat(browser.script("return arguments[0].closest('.block').dataset.page;", mark)).isEqualTo("2");
    assertThat(browser.script("return arguments[0].closest('.block').querySelector('.ln').title;", mark))
        .isEqualTo("page 2");
    browser.script("arguments[0].scrollIntoView();", second);
    screenshot("report-pages.png");
    assertThat(browser.errors()).isEmpty();
  }

  @Test
  void theDashboardShowsTheCorpusChecksOverTheProjectsSets() throws IOException {
    Path corpus = dir.resolve("corpus-site");
    String[] sets = {"--locale", "zh-CN", "--roster", "../corpus-samples/roster.csv", "--history",
        "../corpus-samples/2022/", "--history", "../corpus-samples/2023/", "../corpus-samples/2024/"};
    List<String> args = new ArrayList<>(List.of("check", "--format", "html", "--output", corpus.toString()));
    args.addAll(List.of(sets));
    CliRun run = CliRun.run(args.toArray(new String[0]));
    assertThat(run.status()).as(run.toString()).isZero();
    List<String> jsonArgs = new ArrayList<>(List.of("check", "--format", "json"));
    jsonArgs.addAll(List.of(sets));
    JsonNode json = CliRun.run(jsonArgs.toArray(new String[0])).json();
    Map<String, String> duplicateOf = new HashMap<>();
    Map<String, Integer> reused = new HashMap<>();
    Pattern share = Pattern.compile("本报告(\\d+)%的文字为重复使用");
    for (JsonNode report : json.get("reports")) {
      for (JsonNode finding : report.get("findings")) {
        String rule = finding.get("rule").asText();
        if (rule.equals("corpus.duplicate-report")) {
          duplicateOf.putIfAbsent(report.get("source").asText(), finding.at("/related/source").asText());
        } else if (rule.equals("corpus.reused-text")) {
          Matcher m = share.matcher(finding.get("message").asText());
          assertThat(m.find()).isTrue();
          reused.merge(report.get("source").asText(), Integer.valueOf(m.group(1)), Math::max);
        }
      }
    }

    browser.driver.get(corpus.resolve("index.html").toUri().toString());

    WebElement section = browser.driver.findElement(By.id("corpus"));
    assertThat(section.isDisplayed()).isTrue();
    assertThat(browser.driver.findElement(By.id("corpus-totals")).getText())
        .isEqualTo("名单中 1 个单位没有报告，2 份报告与其他文件重复，3 份报告有照搬其他报告的文字。");
    List<String> missing = browser.driver.findElements(By.cssSelector("#missing tbody tr")).stream()
        .map(WebElement::getText).toList();
    assertThat(missing).hasSize(1);
    assertThat(missing.get(0)).startsWith("花溪区民政局 2024");
    new Select(browser.driver.findElement(By.id("show"))).selectByValue("copied");
    List<WebElement> rows = browser.driver.findElements(By.cssSelector("#reports tbody tr"));
    assertThat(rows).hasSize(5);
    for (WebElement row : rows) {
      String source = row.findElement(By.cssSelector("td:first-child .file")).getText();
      WebElement duplicateCell = row.findElement(By.cssSelector("td.duplicate"));
      String duplicate = duplicateCell.getText();
      String reusedText = row.findElement(By.cssSelector("td.reused")).getText();
      // The file's name is shown, its path in the title.
      String other = duplicateOf.get(source);
      assertThat(duplicate).as(source).isEqualTo(other == null ? "-" : other.substring(other.lastIndexOf('/') + 1));
      assertThat(duplicateCell.getAttribute("title")).as(source).isEqualTo(other == null ? "" : other);
      assertThat(reusedText).as(source)
          .isEqualTo(reused.containsKey(source) ? reused.get(source) + " %" : "-");
    }
    browser.script("document.getElementById('corpus').scrollIntoView();");
    screenshot("dashboard-corpus.png");
    assertThat(browser.errors()).isEmpty();
  }

  /** The samples directory's reports (its README is none). */
  private static boolean isSampleReport(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".txt") || name.endsWith(".json");
  }
}
