package dev.fazhi.validation.rules.metric;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.withFigures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.ImmutableBreakdown;
import dev.fazhi.core.model.ImmutableSubset;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.SampleReports;
import org.junit.jupiter.api.Test;

/** metric.conflicting-values: trigger, near miss, traps. */
class ConflictingValuesRuleTest {

  private static final String RULE = "metric.conflicting-values";

  private static final ImmutableBreakdown FIRST = ImmutableBreakdown.copyOf(SampleReports.breakdown());
  private static final ImmutableSubset OTHER = ImmutableSubset.copyOf(SampleReports.subset())
      .withSubject("依申请公开").withTotal(8).withSubset(4).withQuote("依申请公开8件，其中办结4件");

  @Test
  void oneSubjectSevenThenEight() {
    Finding finding = only(withFigures(FIRST, OTHER), RULE);
    assertThat(finding.getExpected()).contains("7");
    assertThat(finding.getActual()).contains("8");
    assertThat(finding.getMessage()).isEqualTo("“依申请公开”前文为7，此处为8，数值不一致");
  }

  @Test
  void nearMissTheSameValueTwice() {
    none(withFigures(FIRST, OTHER.withTotal(7)), RULE);
  }

  @Test
  void trapsAnEstimateAVagueSubjectAndAnActionCountedTwice() {
    // 8余件 is an estimate, no value to contradict
    none(withFigures(FIRST, OTHER.withApproximate(true)), RULE);
    // a subject as vague as 公开 names different things in different places
    none(withFigures(FIRST.withSubject("公开"), OTHER.withSubject("公开")), RULE);
    // an action counted in two places (decisions issued in two campaigns) is no one value
    Count punished = Count.builder().subject("发出处罚决定书").value(85).unit("份").build();
    none(withFigures(punished, Count.builder().from(punished).value(129).build()), RULE);
  }
}
