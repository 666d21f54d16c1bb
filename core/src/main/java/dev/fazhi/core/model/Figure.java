package dev.fazhi.core.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure a report states: one of a closed family of kinds, each holding its numbers exactly as
 * written. Counts are {@code long}; money and rates are {@link java.math.BigDecimal} from the digits as
 * written, so a rate keeps the precision it was given with ({@code 46.2} has scale 1).
 *
 * <p>Figures hold what the text says, not what would be consistent: a completion count larger than the
 * tasks assigned is representable, and reported by the validator.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = TaskCompletion.class, name = "TASK_COMPLETION"),
  @JsonSubTypes.Type(value = Rate.class, name = "RATE"),
  @JsonSubTypes.Type(value = Breakdown.class, name = "BREAKDOWN"),
  @JsonSubTypes.Type(value = Subset.class, name = "SUBSET"),
  @JsonSubTypes.Type(value = Count.class, name = "COUNT"),
  @JsonSubTypes.Type(value = Amount.class, name = "AMOUNT")
})
public sealed interface Figure permits TaskCompletion, Rate, Breakdown, Subset, Count, Amount {

  /**
   * The kind of this figure.
   *
   * @return the kind
   */
  FigureKind kind();

  /**
   * What the figure counts or measures, as the text names it, such as {@code 国家随机抽检}; empty when
   * the text names nothing.
   *
   * @return the subject
   */
  @Value.Default
  default String getSubject() {
    return "";
  }

  /**
   * Where the figure stands in the source text.
   *
   * @return the location, or empty for a report built in code
   */
  Optional<SourceLocation> getLocation();

  /**
   * The words of the source the figure was read from.
   *
   * @return the quote
   */
  Optional<String> getQuote();

  /**
   * Whether the figure is approximate ({@code 2000余条}, {@code 近300人次}, {@code 10万人以上}): an
   * estimate or lower bound, never an exact value to check.
   *
   * @return true for an approximate figure
   */
  @Value.Default
  default boolean isApproximate() {
    return false;
  }
}
