package dev.fazhi.validation.corpus;

import dev.fazhi.validation.Finding;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding of a corpus check in one checked report, with the other place it relates to.
 *
 * @param source the report it stands in
 * @param finding the finding: rule, severity, message, location and quote in that report
 * @param related the other report and place, when there is one
 */
public record CorpusFinding(String source, Finding finding, Optional<RelatedPlace> related) {

  /**
   * Checks the fields.
   *
   * @param source see the record
   * @param finding see the record
   * @param related see the record
   */
  public CorpusFinding {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(related, "related");
  }
}
