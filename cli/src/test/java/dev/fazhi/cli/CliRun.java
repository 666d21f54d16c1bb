package dev.fazhi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Runs the command in-process, as a shell would, and keeps what it printed.
 *
 * @param status the exit status
 * @param out what went to stdout
 * @param err what went to stderr
 */
public record CliRun(int status, String out, String err) {

  /** One mapper for the tests' JSON. */
  public static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Runs the command with a plain terminal, an English system and two threads.
   *
   * @param args the arguments
   * @return what it did
   */
  public static CliRun run(String... args) {
    return run(Terminal.PLAIN, Locale.ENGLISH, 2, args);
  }

  static CliRun run(Terminal terminal, Locale systemLocale, int threads, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      status = FazhiCommand.execute(args, new CliContext(o, e, terminal, systemLocale, threads, false));
    }
    return new CliRun(status, out.toString(), err.toString());
  }

  /**
   * What went to stdout, as JSON.
   *
   * @return the JSON
   */
  public JsonNode json() {
    try {
      return JSON.readTree(out);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("stdout is not JSON:\n" + out + "\nstderr:\n" + err, e);
    }
  }

  @Override
  public String toString() {
    return "status " + status + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
  }
}
