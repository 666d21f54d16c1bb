package dev.fazhi.cli;

import dev.fazhi.cli.html.HtmlPageOutput;
import dev.fazhi.cli.html.HtmlSiteOutput;
import dev.fazhi.cli.result.PageWords;
import dev.fazhi.cli.result.ResultSettings;
import dev.fazhi.cli.result.ResultWriter;
import dev.fazhi.cli.xlsx.XlsxOutput;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/**
 * Chooses where {@code --format html} and {@code --format xlsx} go, as cli.md says: html of one report
 * to standard output or to an {@code --output} file ending in .html; html of several to an
 * {@code --output} directory (a site); xlsx to an {@code --output} file. Refuses, as a usage error
 * (status 2, before any report is read), an output it cannot write or that fazhi did not write
 * (see {@link OutputGuard}), and {@code --output} with the other formats.
 */
final class ResultOutputs {

  private final CommandLine commandLine;
  private final Messages messages;
  private final PageWords words;
  private final ResultSettings settings;

  ResultOutputs(CommandLine commandLine, Messages messages, MonthDay deadline) {
    this.commandLine = commandLine;
    this.messages = messages;
    this.words = PageWords.of(messages.locale());
    this.settings = new ResultSettings(words, deadline, Version.current());
  }

  /**
   * The output for html or xlsx.
   *
   * @param format html or xlsx
   * @param output the {@code --output} path, or null
   * @param force whether {@code --force} was given
   * @param inputs how many inputs there are
   * @param out standard output
   * @return the output
   * @throws ParameterException when the output cannot or may not be written
   */
  CheckOutput create(OutputFormat format, Path output, boolean force, int inputs, PrintWriter out) {
    OutputGuard guard = new OutputGuard(words, force);
    if (format == OutputFormat.XLSX) {
      if (output == null) {
        throw refused(words.get("output.xlsx-needs-file"));
      }
      check(guard.file(output, true));
      return wrap(new XlsxOutput(output, settings), output, out, "output.wrote-workbook", output);
    }
    if (output == null || isPageFile(output)) {
      if (inputs > 1) {
        throw refused(words.get(output == null ? "output.html-needs-directory" : "output.page-holds-one"));
      }
      if (output == null) {
        return wrap(new HtmlPageOutput(out, null, settings), null, out, null, null);
      }
      check(guard.file(output, false));
      return wrap(new HtmlPageOutput(out, output, settings), output, out, "output.wrote-page", output);
    }
    check(guard.directory(output));
    return wrap(new HtmlSiteOutput(output, settings), output, out, "output.wrote-site",
        output.resolve("index.html"));
  }

  private CheckOutput wrap(ResultWriter output, Path path, PrintWriter out, String announcement, Path written) {
    return new FileOutput(output, path, out,
        announcement == null ? null : words.format(announcement, written.toString()), commandLine, messages);
  }

  /**
   * Refuses {@code --output} with a format that prints to standard output.
   *
   * @param format the format
   * @param output the {@code --output} path, or null
   */
  void checkNotGiven(OutputFormat format, Path output) {
    if (output != null) {
      throw refused(words.format("output.not-for-format", format.name().toLowerCase(Locale.ROOT)));
    }
  }

  private static boolean isPageFile(Path output) {
    String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".html") || name.endsWith(".htm")) && !Files.isDirectory(output);
  }

  private void check(Optional<String> problem) {
    if (problem.isPresent()) {
      throw refused(problem.get());
    }
  }

  private ParameterException refused(String message) {
    return new ParameterException(commandLine, message);
  }
}
