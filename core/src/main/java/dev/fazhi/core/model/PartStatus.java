package dev.fazhi.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a report holds one of the five parts: a section of its own (the first, in document order),
 * only a discussion inside another part, or nothing. The one computation of a part's presence, for
 * the rules, the test helpers and the command; made by {@link Report#partStatus(Part)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface PartStatus {

  /**
   * The part.
   *
   * @return the part
   */
  Part getPart();

  /**
   * The first section that is this part, in document order.
   *
   * @return the section, or empty when the part has no section of its own
   */
  Optional<Section> getFirstSection();

  /**
   * The discussion of the part inside another, when it has no section of its own.
   *
   * @return the embedded part, or empty when the part has a section or is absent
   */
  Optional<EmbeddedPart> getEmbedded();

  /**
   * Where the part stands: its first section's heading, or else its discussion inside another part.
   *
   * @return the location, or empty when the part is absent or the report has no locations
   */
  default Optional<SourceLocation> location() {
    return getFirstSection().isPresent() ? getFirstSection().get().getLocation()
        : getEmbedded().flatMap(EmbeddedPart::getLocation);
  }

  /**
   * Whether the part has a section of its own.
   *
   * @return true when it has
   */
  default boolean hasSection() {
    return getFirstSection().isPresent();
  }

  /**
   * Whether the part is only discussed inside another part.
   *
   * @return true when it has no section but is discussed
   */
  default boolean isEmbedded() {
    return getFirstSection().isEmpty() && getEmbedded().isPresent();
  }

  /**
   * Whether the report holds nothing of the part.
   *
   * @return true when it has neither a section nor a discussion
   */
  default boolean isAbsent() {
    return getFirstSection().isEmpty() && getEmbedded().isEmpty();
  }
}
