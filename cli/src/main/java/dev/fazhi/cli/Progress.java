package dev.fazhi.cli;

import java.io.PrintWriter;

/**
 * A one-line progress indicator on stderr ({@code [12/340] reports/x.txt}), redrawn in place with a
 * carriage return and at most every 100 ms. Cleared before anything else is written to the terminal.
 */
final class Progress {

  private static final long INTERVAL_NANOS = 100_000_000L;
  private static final int WIDTH = 72;

  private final PrintWriter err;
  private final boolean enabled;
  private final int total;
  private int done;
  private long lastDrawn;
  private int drawnWidth;

  Progress(PrintWriter err, boolean enabled, int total) {
    this.err = err;
    this.enabled = enabled && total > 1;
    this.total = total;
  }

  boolean isEnabled() {
    return enabled;
  }

  /** Erases the line so that other output can be written. */
  void clear() {
    if (enabled && drawnWidth > 0) {
      err.print('\r' + " ".repeat(drawnWidth) + '\r');
      err.flush();
      drawnWidth = 0;
    }
  }

  /**
   * Counts one more input done and redraws if it is time.
   *
   * @param source the input just done
   */
  void advance(String source) {
    done++;
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastDrawn < INTERVAL_NANOS && lastDrawn != 0) {
      return;
    }
    lastDrawn = now;
    String line = fit("[" + done + "/" + total + "] " + source);
    clear();
    err.print(line);
    err.flush();
    drawnWidth = columns(line);
  }

  /** Cuts a line to the width of a narrow terminal, counting wide (CJK) characters as two columns. */
  static String fit(String line) {
    StringBuilder out = new StringBuilder();
    int width = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      int w = c >= 0x1100 ? 2 : 1;
      if (width + w > WIDTH - 1) {
        return out.append('~').toString();
      }
      out.append(c);
      width += w;
    }
    return out.toString();
  }

  static int columns(String line) {
    int width = 0;
    for (int i = 0; i < line.length(); i++) {
      width += line.charAt(i) >= 0x1100 ? 2 : 1;
    }
    return width;
  }
}
