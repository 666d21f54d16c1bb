package dev.fazhi.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.Locale;

/**
 * {@code --format html --output DIR}: a site in a directory. Each report's page goes to
 * {@code reports/} as it arrives; at the end {@code index.html}, the dashboard over all of them, and
 * the marker file that lists what was written. Keeps one {@link ReportView} per report, never the
 * reports. Files an earlier run listed in the marker are removed first, so no stale page survives;
 * nothing else in the directory is touched.
 */
final class HtmlSiteOutput implements CheckOutput {

  static final String REPORTS = "reports";
  static final String ASSETS = "assets";

  private final Path directory;
  private final PageMessages words;
  private final MonthDay deadline;
  private final HtmlReportPage page;
  private final DashboardData data = new DashboardData();
  private Writer marker;

  HtmlSiteOutput(Path directory, PageMessages words, MonthDay deadline) {
    this.directory = directory;
    this.words = words;
    this.deadline = deadline;
    this.page = new HtmlReportPage(words, HtmlAssets.linked("../" + ASSETS + "/"));
  }

  @Override
  public void begin(int inputs) throws IOException {
    Files.createDirectories(directory);
    removePrevious();
    // Written first and added to as pages are written: a run that stops halfway still leaves a site
    // the next run recognises and may replace.
    marker = Files.newBufferedWriter(directory.resolve(OutputGuard.MARKER), StandardCharsets.UTF_8);
    marker.write("# Written by fazhi " + Version.current()
        + ". fazhi may replace or remove the files listed here.\n");
    for (String name : HtmlAssets.copyInto(directory.resolve(ASSETS))) {
      written(ASSETS + "/" + name);
    }
    Files.createDirectories(directory.resolve(REPORTS));
  }

  /** Removes the files an earlier fazhi run listed in its marker, and nothing else. */
  private void removePrevious() throws IOException {
    Path marker = directory.resolve(OutputGuard.MARKER);
    if (!Files.isRegularFile(marker)) {
      return;
    }
    Path root = directory.toAbsolutePath().normalize();
    for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Path file = root.resolve(line.trim()).normalize();
      if (file.startsWith(root) && !file.equals(root)) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Override
  public void report(Outcome.Checked checked) throws IOException {
    ReportView view = ReportView.of(checked, deadline);
    String name = REPORTS + "/" + pageName(data.size() + 1, checked.input());
    try (Writer out = Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8)) {
      page.write(checked, view, "../index.html", out);
    }
    written(name);
    data.add(view, name, checked.findings());
  }

  /**
   * A page's file name: a running number (unique) and the report file's name in safe characters.
   *
   * @param number the report's number in the run
   * @param input the report's input
   * @return the name, such as {@code 00007-huadu-2019.txt.html}
   */
  static String pageName(int number, Input input) {
    String base = input.path().getFileName() == null ? "report" : input.path().getFileName().toString();
    StringBuilder safe = new StringBuilder();
    for (int i = 0; i < base.length() && safe.length() < 60; i++) {
      char c = base.charAt(i);
      safe.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_') ? c : '_');
    }
    return String.format(Locale.ROOT, "%05d-%s.html", number, safe);
  }

  @Override
  public void error(Outcome.Failed failed) {
    data.fail(failed.input().source(), failed.message());
  }

  @Override
  public void end(Summary summary) throws IOException {
    try (Writer out = Files.newBufferedWriter(directory.resolve("index.html"), StandardCharsets.UTF_8)) {
      new HtmlDashboard(words, HtmlAssets.linked(ASSETS + "/")).write(data, out);
    }
    written("index.html");
    marker.close();
  }

  private void written(String name) throws IOException {
    marker.write(name);
    marker.write('\n');
    marker.flush();
  }
}
