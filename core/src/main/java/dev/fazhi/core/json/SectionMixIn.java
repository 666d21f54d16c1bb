package dev.fazhi.core.json;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Jackson annotations for {@link dev.fazhi.core.model.Section} that the model itself need not carry. */
interface SectionMixIn {

  /**
   * Not a property: derived from the paragraphs and child sections.
   *
   * @return whether the section is empty
   */
  @JsonIgnore
  boolean isEmpty();
}
