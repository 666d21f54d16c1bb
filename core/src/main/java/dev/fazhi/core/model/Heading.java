package dev.fazhi.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A section heading as written: its label ({@code （三）}), the number the label stands for, the label's
 * numbering style, the heading's level in the tree and its text.
 *
 * <p>A heading with no label (a thematic heading, or a number lost on export) has an empty label, no
 * number and the style {@link NumberingStyle#NONE}. Nothing is normalised: a duplicated or skipped
 * number is held as it is.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHeading.class)
@JsonDeserialize(as = ImmutableHeading.class)
public interface Heading {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableHeading.Builder builder() {
    return ImmutableHeading.builder();
  }

  /**
   * Obtains a numbered heading whose label is rendered from the style and number.
   *
   * @param level the level in the tree, 1 for top-level headings
   * @param style the numbering style
   * @param number the number
   * @param text the heading text after the label
   * @return the heading
   */
  static Heading numbered(int level, NumberingStyle style, int number, String text) {
    return builder().level(level).style(style).number(number).label(style.format(number)).text(text)
        .build();
  }

  /**
   * Obtains a heading that carries no label.
   *
   * @param level the level in the tree, 1 for top-level headings
   * @param text the heading text
   * @return the heading
   */
  static Heading unnumbered(int level, String text) {
    return builder().level(level).style(NumberingStyle.NONE).label("").text(text).build();
  }

  /**
   * The label as written, such as {@code 一、} or {@code （一）}; empty when the heading has none.
   *
   * @return the label
   */
  @Value.Default
  default String getLabel() {
    return "";
  }

  /**
   * The heading's depth in the section tree: 1 for a top-level heading.
   *
   * @return the level
   */
  int getLevel();

  /**
   * The number the label stands for ({@code （三）} is 3).
   *
   * @return the number, or empty when the heading has no label
   */
  OptionalInt getNumber();

  /**
   * The numbering style of the label.
   *
   * @return the style, {@link NumberingStyle#NONE} when there is no label
   */
  @Value.Default
  default NumberingStyle getStyle() {
    return NumberingStyle.NONE;
  }

  /**
   * The heading text after the label, such as {@code 2019年法治建设情况}.
   *
   * @return the text
   */
  String getText();

  /**
   * The heading as it reads: label followed by text.
   *
   * @return the full heading
   */
  default String fullText() {
    return getLabel() + getText();
  }
}
