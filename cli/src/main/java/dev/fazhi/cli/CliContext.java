package dev.fazhi.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * What the commands are run with: where output goes, what kind of terminal it is, and the system
 * locale that picks the default language.
 *
 * @param out standard output
 * @param err standard error
 * @param terminal whether progress and colour may be shown
 * @param systemLocale the locale to use when {@code --locale} is absent
 * @param threads how many reports to check at once
 * @param ownsProcess whether the command runs as its own process (from {@link Main}) and may set
 *     process-wide state such as the default locale, which the reader's messages follow
 * @param outBytes the byte stream under {@code out}, which encodes UTF-8 into it, for text already
 *     encoded so (the spooled text output's blocks) to be copied straight through; null if none
 */
record CliContext(PrintWriter out, PrintWriter err, Terminal terminal, Locale systemLocale, int threads,
    boolean ownsProcess, OutputStream outBytes) {

  CliContext(PrintWriter out, PrintWriter err, Terminal terminal, Locale systemLocale, int threads,
      boolean ownsProcess) {
    this(out, err, terminal, systemLocale, threads, ownsProcess, null);
  }

  /**
   * The messages for a {@code --locale} value, or for the system locale when it is null.
   *
   * @param option the option value, or null
   * @return the messages
   */
  Messages messages(Locale option) {
    return Messages.of(option != null ? option : systemLocale);
  }
}
