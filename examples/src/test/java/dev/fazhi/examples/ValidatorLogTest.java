package dev.fazhi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The start-up announcement of Hibernate Validator is hidden; its warnings are not. */
class ValidatorLogTest {

  @Test
  void quietHidesTheVersionAnnouncementButNotWarnings() {
    ValidatorLog.quiet();
    System.gc(); // the level must survive: the logger is held, not just configured

    // HV000001 is logged at INFO by this class's static initializer.
    Logger version = Logger.getLogger("org.hibernate.validator.internal.util.Version");
    assertThat(version.isLoggable(Level.INFO)).isFalse();
    assertThat(version.isLoggable(Level.WARNING)).isTrue();
  }
}
