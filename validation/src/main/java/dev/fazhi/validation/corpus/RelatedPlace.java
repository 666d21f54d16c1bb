package dev.fazhi.validation.corpus;

import java.util.Objects;

/**
 * The other place a corpus finding concerns: the report it was compared with and where in it.
 *
 * @param source the other report's source, as given to the set
 * @param line the line in it, from 1
 * @param quote a short quote of the text there
 */
public record RelatedPlace(String source, int line, String quote) {

  /**
   * Checks the fields.
   *
   * @param source see the record
   * @param line see the record
   * @param quote see the record
   */
  public RelatedPlace {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(quote, "quote");
  }
}
