package dev.fazhi.cli;

/** The exit statuses of the command (cli.md). */
final class ExitStatus {

  /** No finding reaches {@code --fail-on}. */
  static final int OK = 0;
  /** A finding reaches {@code --fail-on}. */
  static final int FINDINGS = 1;
  /** The command line is wrong, or an input cannot be read or is not a report. */
  static final int USAGE_OR_INPUT = 2;

  private ExitStatus() {}
}
