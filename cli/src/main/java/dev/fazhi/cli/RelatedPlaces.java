package dev.fazhi.cli;

import dev.fazhi.validation.Finding;
import dev.fazhi.validation.corpus.RelatedPlace;
import java.util.Map;
import java.util.Optional;

/** The other place a corpus finding relates to, as the finding's arguments carry it. */
final class RelatedPlaces {

  private RelatedPlaces() {}

  /**
   * The related place of a finding.
   *
   * @param finding the finding
   * @return the place, empty for a finding of a per-report rule
   */
  static Optional<RelatedPlace> of(Finding finding) {
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
