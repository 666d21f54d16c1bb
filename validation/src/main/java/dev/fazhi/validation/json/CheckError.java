package dev.fazhi.validation.json;

import java.util.Objects;

/**
 * One element of {@code errors} in the findings JSON: an input that could not be read or is not a
 * report, with the reason.
 *
 * @param source where the input came from
 * @param message why it could not be checked, in the caller's language
 */
public record CheckError(String source, String message) {

  /**
   * Checks the components.
   *
   * @param source where the input came from
   * @param message why it could not be checked
   */
  public CheckError {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }
}
