package dev.fazhi.core.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Tasks assigned and completed: {@code 国家随机抽检321间…完成国家抽取任务254个（关闭67个），完结率100%}.
 * Completed plus closed (or exempted) should equal assigned at 100 %.
 */
@Value.Immutable
@JsonTypeName("TASK_COMPLETION")
@JsonSerialize(as = ImmutableTaskCompletion.class)
@JsonDeserialize(as = ImmutableTaskCompletion.class)
public non-sealed interface TaskCompletion extends Figure {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableTaskCompletion.Builder builder() {
    return ImmutableTaskCompletion.builder();
  }

  @Override
  default FigureKind kind() {
    return FigureKind.TASK_COMPLETION;
  }

  /**
   * The tasks assigned.
   *
   * @return the count
   */
  long getAssigned();

  /**
   * The tasks completed.
   *
   * @return the count
   */
  long getCompleted();

  /**
   * The tasks closed or exempted (关闭, 免检), which count towards completion.
   *
   * @return the count, or empty when the text gives none
   */
  OptionalLong getClosed();

  /**
   * The stated completion rate in percent, with the decimals written.
   *
   * @return the rate, or empty when the text states none
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  Optional<BigDecimal> getRatePercent();

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
