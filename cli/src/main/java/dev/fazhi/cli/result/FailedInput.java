package dev.fazhi.cli.result;

import java.util.Objects;

/**
 * A file that could not be checked.
 *
 * @param source the file as the user named it, with forward slashes
 * @param reason why, in the user's language
 */
public record FailedInput(String source, String reason) {

  /**
   * Checks the values.
   *
   * @param source the file
   * @param reason why
   */
  public FailedInput {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }
}
