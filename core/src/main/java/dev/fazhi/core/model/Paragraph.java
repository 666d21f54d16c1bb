package dev.fazhi.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A paragraph of body text, with the figures it states.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParagraph.class)
@JsonDeserialize(as = ImmutableParagraph.class)
public interface Paragraph {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableParagraph.Builder builder() {
    return ImmutableParagraph.builder();
  }

  /**
   * Obtains a paragraph with text only.
   *
   * @param text the text
   * @return the paragraph
   */
  static Paragraph of(String text) {
    return builder().text(text).build();
  }

  /**
   * The paragraph's text, joined where the source broke it across lines.
   *
   * @return the text
   */
  String getText();

  /**
   * Where the paragraph starts in the source text.
   *
   * @return the location, or empty for a report built in code
   */
  Optional<SourceLocation> getLocation();

  /**
   * The figures the paragraph states, in the order they stand.
   *
   * @return the figures
   */
  List<Figure> getFigures();
}
