package dev.fazhi.validation.rules.outline;

import static dev.fazhi.validation.RuleTesting.child;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.withMeasureChildren;
import static dev.fazhi.validation.SampleReports.paragraph;
import static dev.fazhi.validation.SampleReports.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** outline.numbering-style: when it fires, when it must not, and its traps. */
class NumberingStyleRuleTest {

  @Test
  void numberingStyle() {
    Section first = section(3, NumberingStyle.ARABIC_COMMA, 1, "深化监管", paragraph("抽查8户。"));
    Section second = section(3, NumberingStyle.ARABIC_DOT, 2, "加大查处", paragraph("查处3件。"));
    Section parent = ImmutableSection.copyOf(child(1, "严格执法")).withSections(first, second);
    Finding finding = only(withMeasureChildren(parent), "outline.numbering-style");
    assertThat(finding.getActual()).contains("1、");
    assertThat(finding.getExpected()).contains("1.");
    assertThat(finding.getQuote().orElseThrow()).contains("1、深化监管");

    Section arabicUnderTop = section(2, NumberingStyle.ARABIC_DOT, 1, "严格执法", paragraph("查处3件。"));
    none(withMeasureChildren(arabicUnderTop), "outline.numbering-style");

    Section wrongLevel = section(2, NumberingStyle.ARABIC_PAREN, 1, "严格执法", paragraph("查处3件。"));
    Finding level = only(withMeasureChildren(wrongLevel), "outline.numbering-style");
    assertThat(level.getMessageKey()).isEqualTo("outline.numbering-style.message.level");
    assertThat(level.getExpected()).contains("（一）");
  }

  @Test
  void numberingStyleIsReportedOncePerSiblingGroup() {
    List<Section> children = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      children.add(section(2, NumberingStyle.CHINESE_HALFWIDTH_PAREN, i, "事项" + i, paragraph("办理9件。")));
    }
    Finding finding = only(withMeasureChildren(children.toArray(Section[]::new)),
        "outline.numbering-style");
    assertThat(finding.getArguments()).containsEntry("count", 3);
  }
}
