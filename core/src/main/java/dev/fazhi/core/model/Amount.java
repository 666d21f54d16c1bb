package dev.fazhi.core.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An amount of money, exact: {@code 罚没款共计214.48902万元} is 2144890.2 yuan written in 万元.
 */
@Value.Immutable
@JsonTypeName("AMOUNT")
@JsonSerialize(as = ImmutableAmount.class)
@JsonDeserialize(as = ImmutableAmount.class)
public non-sealed interface Amount extends Figure {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableAmount.Builder builder() {
    return ImmutableAmount.builder();
  }

  @Override
  default FigureKind kind() {
    return FigureKind.AMOUNT;
  }

  /**
   * The amount in yuan, exact.
   *
   * @return the amount
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  BigDecimal getYuan();

  /**
   * The unit the amount was written in.
   *
   * @return the unit, {@link MoneyUnit#YUAN} unless stated otherwise
   */
  @Value.Default
  default MoneyUnit getStatedUnit() {
    return MoneyUnit.YUAN;
  }
}
