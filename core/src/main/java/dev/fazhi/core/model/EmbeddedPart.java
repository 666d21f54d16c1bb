package dev.fazhi.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A part that has no section of its own but is discussed inside another part, such as the principal
 * leaders' duties (第一责任人职责) written as one item under the measures.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEmbeddedPart.class)
@JsonDeserialize(as = ImmutableEmbeddedPart.class)
public interface EmbeddedPart {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableEmbeddedPart.Builder builder() {
    return ImmutableEmbeddedPart.builder();
  }

  /**
   * The part inside which this part is discussed.
   *
   * @return the containing part
   */
  Part getEmbeddedIn();

  /**
   * Where the discussion stands in the source text.
   *
   * @return the location, or empty for a report built in code
   */
  Optional<SourceLocation> getLocation();

  /**
   * A short quote of the text that discusses the part.
   *
   * @return the quote
   */
  Optional<String> getQuote();
}
