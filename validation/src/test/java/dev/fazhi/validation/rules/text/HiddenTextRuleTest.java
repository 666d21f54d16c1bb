package dev.fazhi.validation.rules.text;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.rules.text.ResidueTesting.carrying;
import static dev.fazhi.validation.rules.text.ResidueTesting.plain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ReportResidue;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.Severity;
import org.junit.jupiter.api.Test;

/** text.hidden-text: trigger, near miss, traps. */
class HiddenTextRuleTest {

  private static final String RULE = "text.hidden-text";

  @Test
  void hiddenTextIsQuoted() {
    Finding finding = only(carrying(ReportResidue.builder().hiddenTexts(1).firstHiddenText("内部备注：此项暂不公开")
        .build()), RULE);
    assertThat(finding.getSeverity()).isEqualTo(Severity.INFO);
    assertThat(finding.getMessage()).contains("1处隐藏文字", "内部备注");
    assertThat(finding.getQuote()).hasValueSatisfying(q -> assertThat(q).startsWith("内部备注"));
  }

  @Test
  void nearMissAFileWithCommentsButNothingHidden() {
    none(carrying(ReportResidue.builder().comments(1).firstComment("请核对").build()), RULE);
  }

  @Test
  void trapsAPlainTextHidesNothing() {
    none(plain(), RULE);
    none(carrying(ReportResidue.builder().build()), RULE);
  }
}
