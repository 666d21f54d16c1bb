package dev.fazhi.core.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A rate stated over the counts it is a ratio of: {@code 国家级任务359项…查处违法案件166起，处罚率46.2 %}.
 */
@Value.Immutable
@JsonTypeName("RATE")
@JsonSerialize(as = ImmutableRate.class)
@JsonDeserialize(as = ImmutableRate.class)
public non-sealed interface Rate extends Figure {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableRate.Builder builder() {
    return ImmutableRate.builder();
  }

  @Override
  default FigureKind kind() {
    return FigureKind.RATE;
  }

  /**
   * The count the rate is a share of the denominator of, such as the cases punished.
   *
   * @return the numerator
   */
  long getNumerator();

  /**
   * The whole, such as the tasks inspected.
   *
   * @return the denominator
   */
  long getDenominator();

  /**
   * The stated rate in percent, with the decimals written.
   *
   * @return the rate
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  BigDecimal getRatePercent();

  /**
   * How the stated rate bounds the true rate.
   *
   * @return the bound, {@link RateBound#EXACT} unless qualified
   */
  @Value.Default
  default RateBound getRateBound() {
    return RateBound.EXACT;
  }
}
