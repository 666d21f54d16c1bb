package dev.fazhi.benchmarks.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StagesTest {

  @Test
  void theRegexStageMeasuresTheMatchedCharacters() {
    assertThat(Stages.named("regex").process("受理投诉40件，其中电话25件，罚款1.5万元")).isEqualTo(3L + 3 + 5);
  }

  @Test
  void anUnknownStageIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> Stages.named("reed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown stage 'reed'; known: [none, regex, read, read+validate]");
  }
}
