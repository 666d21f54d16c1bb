package dev.fazhi.cli.html;

import dev.fazhi.cli.FazhiCommand;
import dev.fazhi.cli.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures the dashboard at the scale of a national year, for docs/performance.md (not a test: it
 * times, and tests do not). Writes N report texts (the three bundled samples under N different
 * issuers), runs {@code check --format html} over them, opens the dashboard in headless Chromium
 * ({@link Browser}) and times, with the page's own {@code performance.now()}: the page until its table
 * and charts are drawn, sorting by each kind of column (sort and render, layout included), filtering,
 * and showing all rows at once. Prints a Markdown table.
 *
 * <p>Run from the repository root after {@code ./mvnw -q -pl cli -am test-compile}:
 * <pre>
 * ./mvnw -q -pl cli -am -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -cp cli/target/test-classes:cli/target/classes:$(cat /tmp/cp.txt) dev.fazhi.cli.DashboardTiming 10000
 * </pre>
 */
public final class DashboardTiming {

  private static final String[] SAMPLES = {
      "yunxi-market-2023-webcopy.txt", "qingshan-justice-2024-clean.txt", "linjiang-ecology-2022-thematic.txt"};
  private static final String[] ISSUERS = {"云溪县市场监督管理局", "青山区司法局", "临江市生态环境局"};
  private static final String PLACES = "东西南北中安平永和新兴华宁江山河湖海城阳云";
  private static final String[] OFFICES = {"司法局", "财政局", "教育局", "公安局", "民政局", "商务局", "水利局",
      "审计局", "统计局", "林业局", "文旅局", "医保局", "应急管理局", "自然资源局", "交通运输局",
      "农业农村局", "生态环境局", "住房和城乡建设局", "人力资源和社会保障局", "卫生健康委员会",
      "市场监督管理局", "退役军人事务局", "行政审批局", "数据资源局", "城市管理局"};
  private static final int RUNS = 5;

  private DashboardTiming() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    String missing = Browser.missing();
    if (missing != null) {
      System.err.println(missing);
      System.exit(2);
    }
    Path work = Files.createTempDirectory("fazhi-dashboard-timing-");
    Path in = work.resolve("in");
    Files.createDirectories(in);
    List<String> texts = new ArrayList<>();
    Path samples = Files.isDirectory(Path.of("samples")) ? Path.of("samples") : Fixtures.SAMPLES;
    for (String sample : SAMPLES) {
      texts.add(Files.readString(samples.resolve(sample), StandardCharsets.UTF_8));
    }
    for (int i = 0; i < count; i++) {
      int kind = i % SAMPLES.length;
      String issuer = issuer(i);
      Files.writeString(in.resolve(String.format(Locale.ROOT, "%05d.txt", i)),
          texts.get(kind).replace(ISSUERS[kind], issuer), StandardCharsets.UTF_8);
    }
    Path site = work.resolve("site");
    long start = System.nanoTime();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = FazhiCommand.execute(new String[] {"check", "--format", "html", "--locale", "zh-CN",
        "--output", site.toString(), in.toString()}, new PrintWriter(out), new PrintWriter(err));
    double generate = (System.nanoTime() - start) / 1e9;
    if (status > 1) {
      System.err.println(err);
      System.exit(2);
    }
    long indexBytes = Files.size(site.resolve("index.html"));
    try (Browser browser = Browser.start(1400, 1000)) {
      double[] load = new double[RUNS];
      for (int run = 0; run < RUNS; run++) {
        browser.driver.get(site.resolve("index.html").toUri().toString());
        load[run] = number(browser.script(
            "return performance.getEntriesByName('fazhi-ready')[0].startTime;"));
      }
      Object reports = browser.script("return window.fazhiDashboard.reports;");
      System.out.printf(Locale.ROOT, "reports: %s, index.html: %.1f MB, generated in %.1f s (%d cores)%n%n",
          reports, indexBytes / 1e6, generate, Runtime.getRuntime().availableProcessors());
      System.out.println("| action | median (ms) | max (ms) |");
      System.out.println("|---|---|---|");
      row("open: page loaded, table and 4 charts drawn", load);
      row("sort by issuer (text, Chinese collation)", sort(browser, "i", "text"));
      row("sort by days late (number)", sort(browser, "l", "number"));
      row("sort by publication date", sort(browser, "p", "text"));
      row("sort by a part (✓ ~ ✗)", sort(browser, "pt1", "text"));
      row("sort by errors (number)", sort(browser, "e", "number"));
      row("filter by a word", timed(browser, "window.fazhiDashboard.filter('司法');", "window.fazhiDashboard.filter('');"));
      row("show all rows on one page", timed(browser,
          "var s = document.getElementById('page-size'); s.value = '0'; s.dispatchEvent(new Event('change'));",
          "var s = document.getElementById('page-size'); s.value = '100'; s.dispatchEvent(new Event('change'));"));
      if (!browser.errors().isEmpty()) {
        System.err.println("script errors: " + browser.errors());
        System.exit(1);
      }
    }
  }

  private static String issuer(int i) {
    int places = PLACES.length();
    char first = PLACES.charAt(i % places);
    char second = PLACES.charAt((i / places) % places);
    String office = OFFICES[(i / (places * places)) % OFFICES.length];
    return "" + first + second + (i % 2 == 0 ? "县" : "区") + office;
  }

  private static double[] sort(Browser browser, String key, String type) {
    // Each timed sort (ascending) starts from the table sorted the other way by the reset.
    String sort = "window.fazhiDashboard.sortBy('" + key + "', '" + type + "');";
    return timed(browser, sort, sort);
  }

  /** Times a script (and the layout it causes) RUNS times, running the reset after each. */
  private static double[] timed(Browser browser, String script, String reset) {
    double[] times = new double[RUNS];
    for (int run = 0; run < RUNS; run++) {
      times[run] = number(browser.script("var t = performance.now(); " + script
          + " document.body.offsetHeight; return performance.now() - t;"));
      browser.script(reset);
    }
    return times;
  }

  private static void row(String action, double[] times) {
    double[] sorted = times.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f |%n", action, sorted[sorted.length / 2], sorted[sorted.length - 1]);
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }
}
