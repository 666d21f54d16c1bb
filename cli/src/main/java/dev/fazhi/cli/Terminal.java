package dev.fazhi.cli;

import java.util.Map;

/**
 * What the command may assume about where its output goes.
 *
 * @param interactive whether a person is watching a terminal (progress is shown then)
 * @param colour whether text output may carry ANSI colours
 */
record Terminal(boolean interactive, boolean colour) {

  /** Output to a file or pipe: no progress, no colour. */
  static final Terminal PLAIN = new Terminal(false, false);

  /**
   * Looks at the process: a console attached, {@code NO_COLOR} unset or empty and {@code TERM} not
   * {@code dumb}.
   *
   * @return the terminal
   */
  static Terminal detect() {
    return detect(System.console() != null, System.getenv());
  }

  /**
   * Decides from a console's presence and the environment. Per no-color.org only a non-empty
   * {@code NO_COLOR} turns colour off: {@code NO_COLOR=} leaves it on.
   *
   * @param console whether a console is attached
   * @param environment the environment variables
   * @return the terminal
   */
  static Terminal detect(boolean console, Map<String, String> environment) {
    String noColor = environment.get("NO_COLOR");
    boolean colour = console
        && (noColor == null || noColor.isEmpty())
        && !"dumb".equals(environment.get("TERM"));
    return new Terminal(console, colour);
  }
}
