package dev.fazhi.validation.rules.text;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.rules.text.ResidueTesting.carrying;
import static dev.fazhi.validation.rules.text.ResidueTesting.plain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ReportResidue;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** text.tracked-changes: trigger, near miss, traps. */
class TrackedChangesRuleTest {

  private static final String RULE = "text.tracked-changes";

  @Test
  void threeChangesNamingTheFirstAuthorAndDate() {
    ReportResidue residue = ReportResidue.builder().trackedChanges(3).firstChangeAuthor("王科员")
        .firstChangeDate(LocalDateTime.of(2025, 2, 20, 17, 0)).firstChangeText("办结案件12件").build();
    Finding finding = only(carrying(residue), RULE);
    assertThat(finding.getMessage()).contains("3处修订", "王科员");
    assertThat(finding.getQuote()).contains("办结案件12件");
    assertThat(ReportValidator.builder().locale(Locale.ENGLISH).build().validate(carrying(residue))
        .first(RULE).orElseThrow().getMessage()).contains("3 tracked change(s)", "王科员, 2025-02-20 17:00");
  }

  @Test
  void nearMissAWordFileWhoseChangesWereAllAccepted() {
    none(carrying(ReportResidue.builder().trackedChanges(0).comments(1).firstComment("请核对").build()), RULE);
  }

  @Test
  void trapsAPlainTextHasNoChangesAndAnUnattributedChangeIsStillOne() {
    none(plain(), RULE);
    Finding anonymous = only(carrying(ReportResidue.builder().trackedChanges(1).build()), RULE);
    assertThat(anonymous.getMessageKey()).isEqualTo(RULE + ".message.unattributed");
    assertThat(anonymous.getMessage()).doesNotContain("第一处");
  }
}
