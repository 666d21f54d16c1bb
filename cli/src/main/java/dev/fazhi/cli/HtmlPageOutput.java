package dev.fazhi.cli;

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
final class HtmlPageOutput implements CheckOutput {

  private final Writer stdout;
  private final Path file;
  private final MonthDay deadline;
  private final HtmlReportPage page;

  /**
   * An output of one page.
   *
   * @param stdout standard output, used when file is null
   * @param file the file to write, or null
   * @param words the page's words
   * @param deadline the publication deadline
   */
  HtmlPageOutput(Writer stdout, Path file, PageMessages words, MonthDay deadline) {
    this.stdout = stdout;
    this.file = file;
    this.deadline = deadline;
    this.page = new HtmlReportPage(words, HtmlAssets.inlined());
  }

  @Override
  public void begin(int inputs) {
    // the page is written when its report arrives
  }

  @Override
  public void report(Outcome.Checked checked) throws IOException {
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
  public void error(Outcome.Failed failed) {
    // named on standard error by the command
  }

  @Override
  public void end(Summary summary) {
    // nothing after the page
  }
}
