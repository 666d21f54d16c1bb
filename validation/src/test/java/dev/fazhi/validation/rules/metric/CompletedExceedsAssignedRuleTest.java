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
import org.junit.jupiter.api.Test;

/** metric.completed-exceeds-assigned: when it fires, when it must not, and its traps. */
class CompletedExceedsAssignedRuleTest {

  @Test
  void completedExceedsAssigned() {
    Finding finding = only(withFigures(
        ImmutableTaskCompletion.copyOf(SampleReports.completion()).withAssigned(300)),
        "metric.completed-exceeds-assigned");
    assertThat(finding.getMessage()).isEqualTo("完成数254 + 关闭数67 = 321，超过任务数300");
    assertThat(finding.getImbalance()).contains(new BigDecimal("21"));
    assertThat(finding.getSection())
        .contains("一、2023年推进法治政府建设的主要举措和成效 / （一）严格规范公正文明执法");
    assertThat(finding.getPart()).contains(Part.MEASURES_AND_RESULTS);
    assertThat(finding.getQuote().orElseThrow()).contains("关闭67个");
    none(withFigures(ImmutableTaskCompletion.copyOf(SampleReports.completion()).withAssigned(300)),
        "metric.rate-mismatch");
    none(withFigures(SampleReports.completion()), "metric.completed-exceeds-assigned");
    none(withFigures(ImmutableTaskCompletion.copyOf(SampleReports.completion()).withAssigned(300)
        .withApproximate(true)), "metric.completed-exceeds-assigned");
  }
}
