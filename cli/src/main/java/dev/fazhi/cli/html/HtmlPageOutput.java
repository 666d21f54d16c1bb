package dev.fazhi.cli.html;

import dev.fazhi.cli.result.CheckedResult;
import dev.fazhi.cli.result.FailedInput;
import dev.fazhi.cli.result.ReportView;
import dev.fazhi.cli.result.ResultSettings;
import dev.fazhi.cli.result.ResultWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;

/**
 * {@code --format html} of one report, without {@code --output} (to standard output) or with an
 * {@code --output} file: one page that stands alone, its style and script inside it. A file that
 * could not be checked writes no page; the command names it on standard error.
 */
public final class HtmlPageOutput implements ResultWriter {

  private final Writer stdout;
  private final Path file;
  private final MonthDay deadline;
  private final HtmlReportPage page;

  /**
   * An output of one page.
   *
   * @param stdout standard output, used when file is null
   * @param file the file to write, or null
   * @param settings the words, the deadline and the command's version
   */
  public HtmlPageOutput(Writer stdout, Path file, ResultSettings settings) {
    this.stdout = stdout;
    this.file = file;
    this.deadline = settings.deadline();
    this.page = new HtmlReportPage(settings, HtmlAssets.inlined());
  }

  @Override
  public void begin(int inputs) {
    // the page is written when its report arrives
  }

  @Override
  public void report(CheckedResult checked) throws IOException {
    ReportView view = ReportView.of(checked, deadline);
    if (file == null) {
      page.write(checked, view, null, stdout);
      stdout.flush();
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      page.write(checked, view, null, out);
    }
  }

  @Override
  public void failed(FailedInput failed) {
    // named on standard error by the command
  }

  @Override
  public void end() {
    // nothing after the page
  }
}
