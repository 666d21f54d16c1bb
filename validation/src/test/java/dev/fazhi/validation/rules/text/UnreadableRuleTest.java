package dev.fazhi.validation.rules.text;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.rules.text.ResidueTesting.carrying;
import static dev.fazhi.validation.rules.text.ResidueTesting.plain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ReportResidue;
import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** text.unreadable: trigger, near miss, traps. */
class UnreadableRuleTest {

  private static final String RULE = "text.unreadable";

  @Test
  void twoPagesLostNamingThemAndTheShare() {
    Finding finding = only(carrying(ReportResidue.builder().addUnreadablePages(2, 5).glyphs(7000)
        .unreadableGlyphs(1000).build()), RULE);
    assertThat(finding.getMessage()).isEqualTo("第2, 5页的文字无法转换为字符（占字形的14.3%），未能检查");
    assertThat(finding.getLocation()).isEmpty();
  }

  @Test
  void nearMissAPdfWhoseEveryPageWasRead() {
    none(carrying(ReportResidue.builder().glyphs(7000).unreadableGlyphs(0).build()), RULE);
  }

  @Test
  void trapsAPlainTextAndAPageCountWithNoGlyphCount() {
    none(plain(), RULE);
    // pages are known unreadable but the glyphs were not counted: the share is not made up
    Finding finding = only(carrying(ReportResidue.builder().addUnreadablePages(3).build()), RULE);
    assertThat(finding.getMessage()).contains("第3页", "?").doesNotContain("%");
  }
}
