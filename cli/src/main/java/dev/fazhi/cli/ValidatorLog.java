package dev.fazhi.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate Validator's start-up line ({@code INFO: HV000001: Hibernate Validator ...}) off
 * standard error, so that the {@code fazhi} command prints only what they mean to.
 *
 * <p>Hibernate Validator logs through JBoss Logging, which falls back to {@code java.util.logging}
 * when no other logging library is on the class path, as here. Raising the level of its logger to
 * {@code WARNING} hides the announcement and nothing else; no logging dependency is needed. An
 * application that configures logging itself does not need this.
 */
public final class ValidatorLog {

  /** Held so that the level sticks: {@code java.util.logging} keeps loggers only weakly. */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private ValidatorLog() {}

  /**
   * Shows Hibernate Validator's warnings and errors only, and silences the log of POI and PDFBox
   * (through Log4j's API, which without a provider says so on standard error): what they complain of
   * in a damaged file reaches the user as the file's named error. Call it before the first validator
   * is built and the first document is read.
   */
  public static void quiet() {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }
  }
}
