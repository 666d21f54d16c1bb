package dev.fazhi.cli;

import dev.fazhi.cli.result.CheckedResult;
import dev.fazhi.cli.result.FailedInput;
import dev.fazhi.cli.result.PageWords;
import dev.fazhi.cli.result.ResultWriter;
import dev.fazhi.validation.corpus.Exclusion;
import dev.fazhi.validation.corpus.SetFinding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/**
 * The html and xlsx outputs as the command drives them: hands each {@link ResultWriter} what it reads
 * of an outcome ({@link CheckedResult}, {@link FailedInput}), says where it wrote when it is done, and
 * turns a failure to write (a full disk, a read-only directory) into a clear complaint with exit
 * status 2 instead of a stack trace.
 */
final class FileOutput implements CheckOutput {

  private final ResultWriter output;
  private final Path path;
  private final PrintWriter out;
  private final String announcement;
  private final CommandLine commandLine;
  private final Messages messages;

  /**
   * Wraps an output.
   *
   * @param output the format
   * @param path the {@code --output} path, named in a complaint
   * @param out standard output, for the announcement
   * @param announcement what to say at the end, or null for nothing
   * @param commandLine the command, for a complaint
   * @param messages the language of the complaint
   */
  FileOutput(ResultWriter output, Path path, PrintWriter out, String announcement, CommandLine commandLine,
      Messages messages) {
    this.output = output;
    this.path = path;
    this.out = out;
    this.announcement = announcement;
    this.commandLine = commandLine;
    this.messages = messages;
  }

  /** One step of the output, which may fail to write. */
  @FunctionalInterface
  private interface Step {
    void run() throws IOException;
  }

  private void guarded(Step step) {
    try {
      step.run();
    } catch (IOException e) {
      throw cannotWrite(e);
    } catch (UncheckedIOException e) {
      throw cannotWrite(e.getCause());
    }
  }

  private ParameterException cannotWrite(IOException e) {
    String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : String.valueOf(path);
    return new ParameterException(commandLine, PageWords.of(messages.locale()).format("output.cannot-write", file, reason(e)));
  }

  private String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return messages.get("error.access-denied");
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (e instanceof FileSystemException) {
      return e.getClass().getSimpleName();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public void begin(int inputs) {
    guarded(() -> output.begin(inputs));
  }

  @Override
  public void report(Outcome.Checked checked) {
    CheckedResult result = new CheckedResult(checked.input().source(), checked.report(), checked.format(),
        checked.findings(), checked.pages());
    guarded(() -> output.report(result));
  }

  @Override
  public void error(Outcome.Failed failed) {
    guarded(() -> output.failed(new FailedInput(failed.input().source(), failed.message())));
  }

  @Override
  public void corpus(List<SetFinding> setFindings, List<Exclusion> exclusions) {
    guarded(() -> output.corpus(setFindings, exclusions));
  }

  @Override
  public void end(Summary summary) {
    guarded(output::end);
    if (announcement != null) {
      out.println(announcement);
      out.flush();
    }
  }
}
