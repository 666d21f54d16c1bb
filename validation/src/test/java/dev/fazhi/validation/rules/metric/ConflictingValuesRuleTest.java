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

/** metric.conflicting-values: when it fires, when it must not, and its traps. */
class ConflictingValuesRuleTest {

  @Test
  void conflictingValues() {
    ImmutableBreakdown first = ImmutableBreakdown.copyOf(SampleReports.breakdown());
    ImmutableSubset other = ImmutableSubset.copyOf(SampleReports.subset()).withSubject("依申请公开")
        .withTotal(8).withSubset(4).withQuote("依申请公开8件，其中办结4件");
    Finding finding = only(withFigures(first, other), "metric.conflicting-values");
    assertThat(finding.getExpected()).contains("7");
    assertThat(finding.getActual()).contains("8");
    assertThat(finding.getMessage()).isEqualTo("“依申请公开”前文为7，此处为8，数值不一致");
    none(withFigures(first, other.withTotal(7)), "metric.conflicting-values");
    none(withFigures(first, other.withApproximate(true)), "metric.conflicting-values");
    none(withFigures(first.withSubject("公开"), other.withSubject("公开")),
        "metric.conflicting-values");
    Count punished = Count.builder().subject("发出处罚决定书").value(85).unit("份").build();
    none(withFigures(punished, Count.builder().from(punished).value(129).build()),
        "metric.conflicting-values");
  }
}
