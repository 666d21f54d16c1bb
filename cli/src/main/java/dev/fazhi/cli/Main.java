package dev.fazhi.cli;

import dev.fazhi.core.Language;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of {@code fazhi.jar} and of the {@code ./fazhi} launcher. */
public final class Main {

  private Main() {}

  /**
   * Runs the command and exits with its status (0, 1 or 2). Output is UTF-8 whatever the platform
   * default, so that JSON and SARIF are always valid.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    // Hibernate Validator announces its version at INFO on stderr; a command's stderr is for problems.
    ValidatorLog.quiet();
    LibraryLogs.quiet();
    FileOutputStream outBytes = new FileOutputStream(FileDescriptor.out);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(outBytes, StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    CliContext context = new CliContext(out, err, Terminal.detect(), Language.defaultLocale(),
        Runtime.getRuntime().availableProcessors(), true, outBytes);
    int status = FazhiCommand.execute(args, context);
    out.flush();
    err.flush();
    System.exit(status);
  }
}
