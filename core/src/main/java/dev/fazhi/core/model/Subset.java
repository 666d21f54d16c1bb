package dev.fazhi.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A part of a whole: {@code 行政处罚634宗，行政处罚公示184宗}; {@code 论文24篇…其中2篇论文…获得优秀奖}.
 */
@Value.Immutable
@JsonTypeName("SUBSET")
@JsonSerialize(as = ImmutableSubset.class)
@JsonDeserialize(as = ImmutableSubset.class)
public non-sealed interface Subset extends Figure {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableSubset.Builder builder() {
    return ImmutableSubset.builder();
  }

  @Override
  default FigureKind kind() {
    return FigureKind.SUBSET;
  }

  /**
   * The whole.
   *
   * @return the whole
   */
  long getTotal();

  /**
   * The part of the whole.
   *
   * @return the part
   */
  long getSubset();
}
