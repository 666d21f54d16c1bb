package dev.fazhi.validation.corpus;

import dev.fazhi.validation.Finding;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

  /**
   * The other place a corpus finding relates to, as its arguments carry it ({@code relatedSource},
   * {@code relatedLine}, {@code relatedQuote}); empty for any other finding.
   *
   * @param finding a finding
   * @return its related place, if it is a corpus finding that has one
   */
  public static Optional<RelatedPlace> of(Finding finding) {
    Map<String, Object> arguments = finding.getArguments();
    Object source = arguments.get("relatedSource");
    if (source == null || !finding.getRule().startsWith("corpus.")) {
      return Optional.empty();
    }
    Object line = arguments.get("relatedLine");
    Object quote = arguments.get("relatedQuote");
    return Optional.of(new RelatedPlace(source.toString(),
        line instanceof Integer number ? number : 0, quote == null ? "" : quote.toString()));
  }
}
