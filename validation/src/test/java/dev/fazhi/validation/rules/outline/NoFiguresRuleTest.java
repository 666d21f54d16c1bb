package dev.fazhi.validation.rules.outline;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.plan;
import static dev.fazhi.validation.RuleTesting.responsibility;
import static dev.fazhi.validation.RuleTesting.shortcomings;
import static dev.fazhi.validation.RuleTesting.top;
import static dev.fazhi.validation.SampleReports.paragraph;
import static dev.fazhi.validation.SampleReports.part;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** outline.no-figures: when it fires, when it must not, and its traps. */
class NoFiguresRuleTest {

  @Test
  void noFigures() {
    Section slogans = part(Part.MEASURES_AND_RESULTS, Section.builder()
        .heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 1, "2023年主要举措和成效"))
        .addParagraphs(paragraph("2023年，我局坚持依法行政，于2023年3月召开专题会议，全面推进法治建设。"))
        .build());
    Finding finding = only(top(slogans, shortcomings(), responsibility(), plan()),
        "outline.no-figures");
    assertThat(finding.getPart()).contains(Part.MEASURES_AND_RESULTS);
    Section statesCount = ImmutableSection.copyOf(slogans)
        .withParagraphs(paragraph("2023年，我局办理行政复议案件35件。"));
    none(top(statesCount, shortcomings(), responsibility(), plan()), "outline.no-figures");
  }
}
