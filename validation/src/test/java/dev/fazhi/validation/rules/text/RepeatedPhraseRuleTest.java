package dev.fazhi.validation.rules.text;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.saying;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.RuleTesting;
import dev.fazhi.validation.SampleReports;
import org.junit.jupiter.api.Test;

/** text.repeated-phrase: trigger, near miss, traps. */
class RepeatedPhraseRuleTest {

  private static final String RULE = "text.repeated-phrase";

  @Test
  void aPhraseTypedTwice() {
    Finding finding = only(saying("全面推行行政执法执法公示制度。"), RULE);
    assertThat(finding.getArguments()).containsEntry("phrase", "执法");
    assertThat(finding.getMessage()).isEqualTo("词语“执法”紧接着重复出现");
  }

  @Test
  void nearMissThePhraseTwiceWithACharacterBetween() {
    none(saying("全面推行行政执法与执法公示制度。"), RULE);
  }

  @Test
  void trapsReduplicationAndTextsThatMeetAtAParagraphsEnd() {
    // single-character reduplication is normal Chinese
    none(saying("常常深入基层，人人学法守法，事事依法办理。"), RULE);
    // a year is digits, not a phrase
    none(saying("2019201920192019"), RULE);
    // a paragraph that ends as the next one begins is no repetition: they are two texts
    ImmutableSection first = ImmutableSection.copyOf(RuleTesting.measures().getSections().get(0));
    none(RuleTesting.withMeasureChildren(first.withParagraphs(
        SampleReports.paragraph("全年重点推进政务公开"), SampleReports.paragraph("推进政务公开工作取得实效。"))),
        RULE);
  }
}
