package dev.fazhi.cli.result;

import java.time.MonthDay;
import java.util.Objects;

/**
 * What every result format needs to know of the run besides the reports.
 *
 * @param words the words in the user's language
 * @param deadline the publication deadline in the year after the reporting year
 * @param version the command's version, written into what it produces
 */
public record ResultSettings(PageWords words, MonthDay deadline, String version) {

  /**
   * Checks the values.
   *
   * @param words the words
   * @param deadline the deadline
   * @param version the version
   */
  public ResultSettings {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(version, "version");
  }
}
