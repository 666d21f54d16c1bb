package dev.fazhi.validation.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.ReportResidue;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.Severity;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The four rules fed by what a file carries beside its text: each fires once, with what it names. */
class ResidueRulesTest {

  private static final Report PLAIN = Report.builder().title("某局2024年法治政府建设年度报告").build();

  private static List<Finding> findings(Report report, String rule, Locale locale) {
    return ReportValidator.builder().locale(locale).build().validate(report).findings(rule);
  }

  private static Report with(ReportResidue residue) {
    return Report.builder().from(PLAIN).residue(residue).build();
  }

  @Test
  void aPlainTextHasNoResidueFindings() {
    for (String rule : List.of("text.tracked-changes", "text.comments-left", "text.hidden-text", "text.unreadable")) {
      assertThat(findings(PLAIN, rule, Locale.ENGLISH)).as(rule).isEmpty();
    }
  }

  @Test
  void trackedChangesNameTheFirstAuthorAndDateAndCountThem() {
    Report report = with(ReportResidue.builder().trackedChanges(3).firstChangeAuthor("张三")
        .firstChangeDate(LocalDateTime.of(2025, 2, 20, 17, 0)).firstChangeText("12").build());
    Finding f = findings(report, "text.tracked-changes", Locale.ENGLISH).get(0);
    assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(f.getMessage()).contains("3 tracked change(s)", "张三, 2025-02-20 17:00");
    assertThat(f.getQuote()).contains("12");
    assertThat(findings(report, "text.tracked-changes", Locale.SIMPLIFIED_CHINESE).get(0).getMessage())
        .contains("3处修订", "张三");
    Report anonymous = with(ReportResidue.builder().trackedChanges(1).build());
    assertThat(findings(anonymous, "text.tracked-changes", Locale.ENGLISH)).singleElement()
        .satisfies(a -> assertThat(a.getMessage()).startsWith("The file still holds 1 tracked change(s)"));
  }

  @Test
  void commentsAndHiddenTextAreQuoted() {
    Report report = with(ReportResidue.builder().comments(2).firstComment("数字再核对").firstCommentAuthor("李四")
        .hiddenTexts(1).firstHiddenText("内部备注").build());
    assertThat(findings(report, "text.comments-left", Locale.ENGLISH)).singleElement()
        .satisfies(f -> assertThat(f.getMessage()).contains("2 reviewer comment(s)", "数字再核对"));
    assertThat(findings(report, "text.hidden-text", Locale.ENGLISH)).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.INFO))
        .satisfies(f -> assertThat(f.getQuote()).contains("内部备注"));
  }

  @Test
  void unreadableTextNamesThePagesAndTheShareLost() {
    Report report = with(ReportResidue.builder().addUnreadablePages(2, 5).glyphs(7000).unreadableGlyphs(1000).build());
    assertThat(findings(report, "text.unreadable", Locale.ENGLISH)).singleElement()
        .satisfies(f -> assertThat(f.getMessage()).contains("page(s) 2, 5", "14.3%"));
  }
}
