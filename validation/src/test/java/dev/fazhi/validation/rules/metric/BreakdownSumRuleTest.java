package dev.fazhi.validation.rules.metric;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.withFigures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableBreakdown;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.SampleReports;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BreakdownSumRuleTest {

  private static final String RULE = "metric.breakdown-sum";

  private static ImmutableBreakdown breakdown() {
    return ImmutableBreakdown.copyOf(SampleReports.breakdown());
  }

  @Test
  void partsThatDoNotAddUpToTheTotal() {
    Finding finding = only(withFigures(breakdown().withParts(1L, 4L, 3L)), RULE);
    assertThat(finding.getMessage()).isEqualTo("各分项1 + 4 + 3 = 8，与总数7不符");
    assertThat(finding.getMessageKey()).isEqualTo("metric.breakdown-sum.message");
    assertThat(finding.getExpected()).contains("7");
    assertThat(finding.getActual()).contains("8");
    assertThat(finding.getImbalance()).contains(BigDecimal.ONE);
    assertThat(finding.getQuote()).contains("依申请公开7件，其中当面申请1件、电子邮箱申请4件、信函2件");
    assertThat(finding.getSection()).contains("一、2023年推进法治政府建设的主要举措和成效 / （一）严格规范公正文明执法");
  }

  @Test
  void theMessageIsInTheValidatorsLanguage() {
    Finding finding = ReportValidator.builder().locale(Locale.ENGLISH).build()
        .validate(withFigures(breakdown().withParts(1L, 4L, 3L))).first(RULE).orElseThrow();
    assertThat(finding.getMessage()).doesNotContainPattern("\\p{IsHan}").contains("1 + 4 + 3");
  }

  @Test
  void nearMissPartsThatAddUpExactly() {
    none(withFigures(SampleReports.breakdown()), RULE);
    none(withFigures(breakdown().withTotal(8).withParts(1L, 4L, 3L)), RULE);
  }

  @Test
  void trapsNoPartsAnApproximateTotalAndHugeValues() {
    // a total with no parts listed says nothing about them
    none(withFigures(breakdown().withParts(List.of()).withPartNames(List.of())), RULE);
    // 约 / 余 totals are never checked as exact
    none(withFigures(breakdown().withApproximate(true).withParts(1L, 4L, 3L)), RULE);
    // parts near Long.MAX_VALUE add up exactly, without overflow
    none(withFigures(breakdown().withTotal(Long.MAX_VALUE)
        .withParts(Long.MAX_VALUE - 1, 1L).withPartNames(List.of())), RULE);
    only(withFigures(breakdown().withTotal(Long.MAX_VALUE)
        .withParts(Long.MAX_VALUE, 1L).withPartNames(List.of())), RULE);
  }
}
