package dev.fazhi.examples.cli;

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
   * Looks at the process: a console attached, {@code NO_COLOR} unset and {@code TERM} not {@code dumb}.
   *
   * @return the terminal
   */
  static Terminal detect() {
    boolean interactive = System.console() != null;
    boolean colour = interactive
        && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
    return new Terminal(interactive, colour);
  }
}
