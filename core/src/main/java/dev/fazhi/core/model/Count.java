package dev.fazhi.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A count with its measure word: {@code 62名}, {@code 4958宗}, {@code 近300人次} (approximate).
 */
@Value.Immutable
@JsonTypeName("COUNT")
@JsonSerialize(as = ImmutableCount.class)
@JsonDeserialize(as = ImmutableCount.class)
public non-sealed interface Count extends Figure {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableCount.Builder builder() {
    return ImmutableCount.builder();
  }

  @Override
  default FigureKind kind() {
    return FigureKind.COUNT;
  }

  /**
   * The value.
   *
   * @return the value
   */
  long getValue();

  /**
   * The unit or measure word as written, such as {@code 件} or {@code 人次}.
   *
   * @return the unit
   */
  String getUnit();
}
