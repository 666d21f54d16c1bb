package dev.fazhi.validation.rules.text;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.rules.text.ResidueTesting.carrying;
import static dev.fazhi.validation.rules.text.ResidueTesting.plain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ReportResidue;
import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** text.comments-left: trigger, near miss, traps. */
class CommentsLeftRuleTest {

  private static final String RULE = "text.comments-left";

  @Test
  void twoCommentsQuotingTheFirst() {
    Finding finding = only(carrying(ReportResidue.builder().comments(2).firstComment("这个数字请再核对")
        .firstCommentAuthor("李科长").build()), RULE);
    assertThat(finding.getMessage()).isEqualTo("文件仍留有2条审阅批注，第一条：“这个数字请再核对”");
    assertThat(finding.getQuote()).contains("这个数字请再核对");
  }

  @Test
  void nearMissTrackedChangesAndHiddenTextButNoComment() {
    none(carrying(ReportResidue.builder().trackedChanges(2).hiddenTexts(1).firstHiddenText("备注")
        .build()), RULE);
  }

  @Test
  void trapsAPlainTextAndACommentWithNoText() {
    none(plain(), RULE);
    // a comment whose text is empty (only an author) is still a comment left in the file
    Finding empty = only(carrying(ReportResidue.builder().comments(1).firstCommentAuthor("李科长")
        .build()), RULE);
    assertThat(empty.getMessage()).startsWith("文件仍留有1条审阅批注");
  }
}
