package dev.fazhi.validation.rules.metric;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.withFigures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableTaskCompletion;
import dev.fazhi.core.model.Part;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.SampleReports;
import java.math.BigDecimal;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** metric.completed-exceeds-assigned: trigger, near miss, traps. */
class CompletedExceedsAssignedRuleTest {

  private static final String RULE = "metric.completed-exceeds-assigned";

  private static ImmutableTaskCompletion completion() {
    return ImmutableTaskCompletion.copyOf(SampleReports.completion());
  }

  @Test
  void completedAndClosedExceedTheTasksAssigned() {
    Finding finding = only(withFigures(completion().withAssigned(300)), RULE);
    assertThat(finding.getMessage()).isEqualTo("完成数254 + 关闭数67 = 321，超过任务数300");
    assertThat(finding.getImbalance()).contains(new BigDecimal("21"));
    assertThat(finding.getSection())
        .contains("一、2023年推进法治政府建设的主要举措和成效 / （一）严格规范公正文明执法");
    assertThat(finding.getPart()).contains(Part.MEASURES_AND_RESULTS);
    assertThat(finding.getQuote().orElseThrow()).contains("关闭67个");
  }

  @Test
  void nearMissCompletedAndClosedMakeExactlyTheTasksAssigned() {
    none(withFigures(SampleReports.completion()), RULE);
  }

  @Test
  void trapsAnEstimateNoClosedCountAndNoSecondFindingFromTheRate() {
    none(withFigures(completion().withAssigned(300).withApproximate(true)), RULE);
    // without closed tasks, completed alone is compared
    Finding alone = only(withFigures(completion().withClosed(OptionalLong.empty()).withAssigned(250)),
        RULE);
    assertThat(alone.getMessage()).isEqualTo("完成数254超过任务数250");
    // the same figure's 100 % is this rule's finding, not also a rate mismatch
    none(withFigures(completion().withAssigned(300)), "metric.rate-mismatch");
  }
}
