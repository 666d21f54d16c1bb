package dev.fazhi.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section of a report: its heading, the part of the report it belongs to, its paragraphs and its
 * child sections.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSection.class)
@JsonDeserialize(as = ImmutableSection.class)
public interface Section {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableSection.Builder builder() {
    return ImmutableSection.builder();
  }

  /**
   * The section's heading.
   *
   * @return the heading
   */
  Heading getHeading();

  /**
   * The part of the report this section makes up, where its heading says so. Child sections usually
   * leave it empty: they belong to their parent's part.
   *
   * @return the part
   */
  Optional<Part> getPart();

  /**
   * Where the heading stands in the source text.
   *
   * @return the location, or empty for a report built in code
   */
  Optional<SourceLocation> getLocation();

  /**
   * The body paragraphs directly under the heading, before any child section.
   *
   * @return the paragraphs
   */
  List<Paragraph> getParagraphs();

  /**
   * The child sections, in order.
   *
   * @return the child sections
   */
  List<Section> getSections();

  /**
   * The figures stated in this section's own paragraphs (not in its children).
   *
   * @return the figures, in order
   */
  default List<Figure> figures() {
    List<Figure> figures = new ArrayList<>();
    for (Paragraph paragraph : getParagraphs()) {
      figures.addAll(paragraph.getFigures());
    }
    return List.copyOf(figures);
  }

  /**
   * This section followed by all its descendants, depth-first in document order.
   *
   * @return the sections
   */
  default List<Section> depthFirst() {
    List<Section> out = new ArrayList<>();
    ReportTrees.collect(this, out);
    return List.copyOf(out);
  }

  /**
   * Whether anything stands under the heading: a paragraph or a child section.
   *
   * @return false for a heading with no content
   */
  default boolean hasBody() {
    return !getParagraphs().isEmpty() || !getSections().isEmpty();
  }
}
