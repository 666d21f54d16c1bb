package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.ReportMetadata;
import dev.fazhi.core.model.ReportResidue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** What a document format passes to the reader beside the text. */
class ReadHintsTest {

  private static final String TEXT = """
      某县司法局2023年法治政府建设年度报告
      一、主要举措和成效
      全年办理行政复议案件12件。
      二、存在的不足和原因
      执法力量不足。
      三、党政主要负责人履行推进法治建设第一责任人职责情况
      主要负责人带头学法。
      四、2024年工作打算
      继续加强学习。
      """;

  @Test
  void noHintsGiveNoMetadata() {
    assertThat(ReportReader.defaults().read(TEXT, "a.txt", ReadHints.none()).getMetadata()).isEmpty();
    assertThat(ReadHints.none().isChromeRemoved()).isFalse();
  }

  @Test
  void theContainersMetadataIsTheReports() {
    ReportMetadata metadata = ReportMetadata.builder().publishedOn(LocalDate.of(2024, 2, 1))
        .modifiedOn(LocalDate.of(2024, 1, 28)).build();
    Report report = ReportReader.defaults().read(TEXT, "a.html",
        ReadHints.builder().metadata(metadata).chromeRemoved(true).build());
    assertThat(report.getMetadata()).hasValue(metadata);
    assertThat(report.getSource()).hasValue("a.html");
  }

  @Test
  void emptyMetadataIsNoMetadata() {
    Report report = ReportReader.defaults().read(TEXT, null,
        ReadHints.builder().metadata(ReportMetadata.builder().build()).build());
    assertThat(report.getMetadata()).isEmpty();
  }

  @Test
  void theContainersResidueIsTheReportsAndSurvivesJson() {
    ReportResidue residue = ReportResidue.builder().trackedChanges(3).firstChangeAuthor("张三")
        .firstChangeDate(LocalDateTime.of(2024, 1, 20, 9, 0)).firstChangeText("12").comments(1)
        .firstComment("再核对").hiddenTexts(1).firstHiddenText("内部").addUnreadablePages(2)
        .glyphs(900).unreadableGlyphs(300).build();
    Report report = ReportReader.defaults().read(TEXT, "a.docx", ReadHints.builder().residue(residue).build());
    assertThat(report.getResidue()).hasValue(residue);
    ReportJson json = ReportJson.defaults();
    assertThat(json.read(json.write(report)).getResidue()).hasValue(residue);
    assertThat(ReportReader.defaults().read(TEXT, "a.docx",
        ReadHints.builder().residue(ReportResidue.builder().build()).build()).getResidue()).isEmpty();
  }
}
