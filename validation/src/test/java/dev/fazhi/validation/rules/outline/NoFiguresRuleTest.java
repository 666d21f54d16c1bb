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

/** outline.no-figures: trigger, near miss, traps. */
class NoFiguresRuleTest {

  private static final String RULE = "outline.no-figures";

  private static Section measuresSaying(String text) {
    return part(Part.MEASURES_AND_RESULTS, Section.builder()
        .heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 1, "2023年主要举措和成效"))
        .addParagraphs(paragraph(text)).build());
  }

  @Test
  void measuresWrittenOnlyInSlogans() {
    Finding finding = only(top(measuresSaying("我局坚持依法行政，全面推进法治建设，取得明显成效。"),
        shortcomings(), responsibility(), plan()), RULE);
    assertThat(finding.getPart()).contains(Part.MEASURES_AND_RESULTS);
    assertThat(finding.getMessage()).isEqualTo("“一、2023年主要举措和成效”部分没有任何数字（数量、金额或比率）");
  }

  @Test
  void nearMissOneCountTheReaderTookNoFigureFrom() {
    // a number with a measure word counts, even where no figure was extracted from it
    none(top(measuresSaying("我局办理行政复议案件35件。"), shortcomings(), responsibility(), plan()), RULE);
  }

  @Test
  void trapsDatesAndYearsAreNoFigures() {
    only(top(measuresSaying("2023年，我局于2023年3月5日召开专题会议，12时前完成部署。"), shortcomings(),
        responsibility(), plan()), RULE);
    // a range of years is no figure either
    only(top(measuresSaying("落实2021—2025年法治政府建设规划。"), shortcomings(), responsibility(), plan()),
        RULE);
  }
}
