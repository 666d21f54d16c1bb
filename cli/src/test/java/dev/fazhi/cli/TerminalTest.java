package dev.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** When colour and progress are shown: a console, and no-color.org's NO_COLOR convention. */
class TerminalTest {

  @Test
  void consoleWithoutNoColorHasColour() {
    assertThat(Terminal.detect(true, Map.of("TERM", "xterm-256color"))).isEqualTo(new Terminal(true, true));
  }

  @Test
  void nonEmptyNoColorTurnsColourOffButKeepsProgress() {
    assertThat(Terminal.detect(true, Map.of("NO_COLOR", "1"))).isEqualTo(new Terminal(true, false));
    assertThat(Terminal.detect(true, Map.of("NO_COLOR", "0"))).isEqualTo(new Terminal(true, false));
  }

  @Test
  void emptyNoColorLeavesColourOn() {
    assertThat(Terminal.detect(true, Map.of("NO_COLOR", ""))).isEqualTo(new Terminal(true, true));
  }

  @Test
  void dumbTerminalAndNoConsoleHaveNoColour() {
    assertThat(Terminal.detect(true, Map.of("TERM", "dumb"))).isEqualTo(new Terminal(true, false));
    assertThat(Terminal.detect(false, Map.of())).isEqualTo(Terminal.PLAIN);
  }
}
