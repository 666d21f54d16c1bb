package dev.fazhi.cli;

/** The output formats of {@code fazhi check}. */
enum OutputFormat {
  /** For a person reading a terminal. */
  TEXT,
  /** The JSON document of cli.md. */
  JSON,
  /** SARIF 2.1.0, for code-scanning tools. */
  SARIF
}
