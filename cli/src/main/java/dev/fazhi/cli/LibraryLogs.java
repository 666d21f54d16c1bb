package dev.fazhi.cli;

/**
 * Keeps the logging of the libraries the command carries off standard error. Apache POI (for
 * workbooks) brings the Log4j API without a Log4j implementation: unset, Log4j complains on the first
 * use that it has no provider, and JBoss Logging (Hibernate Validator's) would route through it too.
 * Here JBoss Logging keeps to {@code java.util.logging} (which {@link ValidatorLog} quiets) and Log4j
 * uses its own simple logger for errors only. Properties a user sets on the command line win.
 */
final class LibraryLogs {

  private LibraryLogs() {}

  /** Call before any library logs: first thing in {@link Main}. */
  static void quiet() {
    setIfAbsent("org.jboss.logging.provider", "jdk");
    setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
    setIfAbsent("org.apache.logging.log4j.simplelog.level", "ERROR");
  }

  private static void setIfAbsent(String name, String value) {
    if (System.getProperty(name) == null) {
      System.setProperty(name, value);
    }
  }
}
