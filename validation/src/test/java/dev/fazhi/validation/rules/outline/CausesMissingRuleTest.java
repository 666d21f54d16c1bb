package dev.fazhi.validation.rules.outline;

import static dev.fazhi.validation.RuleTesting.findings;
import static dev.fazhi.validation.RuleTesting.measures;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.plan;
import static dev.fazhi.validation.RuleTesting.responsibility;
import static dev.fazhi.validation.RuleTesting.shortcomings;
import static dev.fazhi.validation.RuleTesting.top;
import static dev.fazhi.validation.SampleReports.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** outline.causes-missing: when it fires, when it must not, and its traps. */
class CausesMissingRuleTest {

  @Test
  void causesMissing() {
    Section noCauses = ImmutableSection.copyOf(shortcomings())
        .withParagraphs(paragraph("一是基层执法力量薄弱；二是信息化水平不高。"));
    Finding finding = only(top(measures(), noCauses, responsibility(), plan()),
        "outline.causes-missing");
    assertThat(finding.getPart()).contains(Part.SHORTCOMINGS_AND_CAUSES);
    Section withCauses = ImmutableSection.copyOf(shortcomings())
        .withParagraphs(paragraph("一是基层执法力量薄弱，由于编制所限；二是信息化水平不高。"));
    none(top(measures(), withCauses, responsibility(), plan()), "outline.causes-missing");
    none(top(measures(), responsibility(), plan()), "outline.causes-missing");
    Section affected = ImmutableSection.copyOf(shortcomings())
        .withParagraphs(paragraph("受疫情等多种因素影响，部分执法检查未能按期开展。"));
    none(top(measures(), affected, responsibility(), plan()), "outline.causes-missing");
    // a changed situation or a named factor is no cause
    for (String scene : List.of("随着经济社会发展，违法行为日益隐蔽，执法能力有待提升。",
        "基层存在不稳定因素，执法力量薄弱。", "受理渠道不畅，影响群众办事。")) {
      Section noCause = ImmutableSection.copyOf(shortcomings()).withParagraphs(paragraph(scene));
      assertThat(findings(top(measures(), noCause, responsibility(), plan()), "outline.causes-missing"))
          .as(scene).hasSize(1);
    }
  }
}
