package dev.fazhi.cli.html;

import dev.fazhi.cli.result.CheckedResult;
import dev.fazhi.cli.result.FailedInput;
import dev.fazhi.cli.result.OutputFiles;
import dev.fazhi.cli.result.ReportView;
import dev.fazhi.cli.result.ResultSettings;
import dev.fazhi.cli.result.ResultWriter;
import dev.fazhi.validation.corpus.Exclusion;
import dev.fazhi.validation.corpus.SetFinding;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code --format html --output DIR}: a site in a directory. Each report's page goes to
 * {@code reports/} as it arrives; at the end {@code index.html}, the dashboard over all of them, and
 * the marker file that lists what was written. Keeps one {@link ReportView} per report, never the
 * reports. Files an earlier run listed in the marker are removed first, so no stale page survives;
 * nothing else in the directory is touched.
 */
public final class HtmlSiteOutput implements ResultWriter {

  static final String REPORTS = "reports";
  static final String ASSETS = "assets";

  private final Path directory;
  private final ResultSettings settings;
  private final HtmlReportPage page;
  private final DashboardData data = new DashboardData();
  private Writer marker;

  /**
   * A site in a directory.
   *
   * @param directory the directory, made if missing; the command has checked that fazhi may write there
   * @param settings the words, the deadline and the command's version
   */
  public HtmlSiteOutput(Path directory, ResultSettings settings) {
    this.directory = directory;
    this.settings = settings;
    this.page = new HtmlReportPage(settings, HtmlAssets.linked("../" + ASSETS + "/"));
  }

  @Override
  public void begin(int inputs) throws IOException {
    Files.createDirectories(directory);
    removePrevious();
    // Written first and added to as pages are written: a run that stops halfway still leaves a site
    // the next run recognises and may replace.
    marker = Files.newBufferedWriter(directory.resolve(OutputFiles.MARKER), StandardCharsets.UTF_8);
    marker.write("# Written by fazhi " + settings.version()
        + ". fazhi may replace or remove the files listed here.\n");
    for (String name : HtmlAssets.copyInto(directory.resolve(ASSETS))) {
      written(ASSETS + "/" + name);
    }
    Files.createDirectories(directory.resolve(REPORTS));
  }

  /** Removes the files an earlier fazhi run listed in its marker, and nothing else. */
  private void removePrevious() throws IOException {
    Path marker = directory.resolve(OutputFiles.MARKER);
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
  public void report(CheckedResult checked) throws IOException {
    ReportView view = ReportView.of(checked, settings.deadline());
    String name = REPORTS + "/" + pageName(data.size() + 1, checked.source());
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
   * @param source the report's file, with forward slashes
   * @return the name, such as {@code 00007-huadu-2019.txt.html}
   */
  static String pageName(int number, String source) {
    String base = source.substring(source.lastIndexOf('/') + 1);
    base = base.isEmpty() ? "report" : base;
    StringBuilder safe = new StringBuilder();
    for (int i = 0; i < base.length() && safe.length() < 60; i++) {
      char c = base.charAt(i);
      safe.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_') ? c : '_');
    }
    return String.format(Locale.ROOT, "%05d-%s.html", number, safe);
  }

  @Override
  public void failed(FailedInput failed) {
    data.fail(failed.source(), failed.reason());
  }

  @Override
  public void corpus(List<SetFinding> setFindings, List<Exclusion> exclusions) {
    data.corpus(setFindings, exclusions);
  }

  @Override
  public void end() throws IOException {
    try (Writer out = Files.newBufferedWriter(directory.resolve("index.html"), StandardCharsets.UTF_8)) {
      new HtmlDashboard(settings, HtmlAssets.linked(ASSETS + "/")).write(data, out);
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
