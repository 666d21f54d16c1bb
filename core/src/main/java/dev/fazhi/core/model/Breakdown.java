package dev.fazhi.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A total and the parts listed after it: {@code 依申请公开7件，其中当面申请1件、电子邮箱申请4件、信函2件}, or
 * in brackets after the total.
 */
@Value.Immutable
@JsonTypeName("BREAKDOWN")
@JsonSerialize(as = ImmutableBreakdown.class)
@JsonDeserialize(as = ImmutableBreakdown.class)
public non-sealed interface Breakdown extends Figure {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableBreakdown.Builder builder() {
    return ImmutableBreakdown.builder();
  }

  @Override
  default FigureKind kind() {
    return FigureKind.BREAKDOWN;
  }

  /**
   * The total.
   *
   * @return the total
   */
  long getTotal();

  /**
   * The parts' values, in the order listed.
   *
   * @return the parts
   */
  List<Long> getParts();

  /**
   * The parts' names as written ({@code 当面申请}), in the same order as {@link #getParts()}; empty when
   * the text names none.
   *
   * @return the names
   */
  List<String> getPartNames();

  /**
   * The sum of the parts.
   *
   * @return the sum, exact
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  default long partsSum() {
    long sum = 0;
    for (long part : getParts()) {
      sum = Math.addExact(sum, part);
    }
    return sum;
  }
}
