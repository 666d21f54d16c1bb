package dev.fazhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * An html or xlsx output that writes to {@code --output}: says where it wrote when it is done, and
 * turns a failure to write (a full disk, a read-only directory) into a clear complaint with exit
 * status 2 instead of a stack trace.
 */
final class FileOutput implements CheckOutput {

  private final CheckOutput output;
  private final Path path;
  private final PrintWriter out;
  private final String announcement;
  private final CommandLine commandLine;
  private final PageMessages words;

  /**
   * Wraps an output.
   *
   * @param output the output
   * @param path the {@code --output} path, named in a complaint
   * @param out standard output, for the announcement
   * @param announcement what to say at the end, or null for nothing
   * @param commandLine the command, for a complaint
   * @param words the language of the complaint
   */
  FileOutput(CheckOutput output, Path path, PrintWriter out, String announcement, CommandLine commandLine,
      PageMessages words) {
    this.output = output;
    this.path = path;
    this.out = out;
    this.announcement = announcement;
    this.commandLine = commandLine;
    this.words = words;
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
    return new ParameterException(commandLine, words.format("output.cannot-write", file, reason(e)));
  }

  private String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return words.messages().get("error.access-denied");
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
    guarded(() -> output.report(checked));
  }

  @Override
  public void error(Outcome.Failed failed) {
    guarded(() -> output.error(failed));
  }

  @Override
  public void end(Summary summary) {
    guarded(() -> output.end(summary));
    if (announcement != null) {
      out.println(announcement);
      out.flush();
    }
  }
}
