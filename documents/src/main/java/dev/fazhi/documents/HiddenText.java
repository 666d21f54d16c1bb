package dev.fazhi.documents;

import org.immutables.value.Value;

/** Text a Word file holds but hides ({@code w:vanish}): on screen with formatting marks, never printed. */
@Value.Immutable
public interface HiddenText {

  /**
   * Obtains hidden text.
   *
   * @param text the text
   * @param origin the paragraph it stands in
   * @return the hidden text
   */
  static HiddenText of(String text, Origin origin) {
    return ImmutableHiddenText.builder().text(text).origin(origin).build();
  }

  /**
   * The hidden text.
   *
   * @return the text
   */
  String getText();

  /**
   * The paragraph it stands in.
   *
   * @return the origin
   */
  Origin getOrigin();
}
