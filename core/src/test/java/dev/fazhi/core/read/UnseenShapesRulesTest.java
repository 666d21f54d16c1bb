package dev.fazhi.core.read;

import static dev.fazhi.core.read.QingheReport.BODY;
import static dev.fazhi.core.read.QingheReport.TITLE;
import static dev.fazhi.core.read.QingheReport.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The general rules that reports in shapes the reader had never seen asked for (shapes/ texts written after
 * the reader: another site's metadata labels, a letter's attachment note, a table opened by a header
 * other than 序号, a paragraph broken at a page width before the first heading), each with the trap that
 * it leaves alone.
 */
class UnseenShapesRulesTest {


  private static java.util.ArrayList<CleanLine> lines(String... lines) {
    return LineCleaner.clean(new SourceText(String.join("\n", lines)));
  }

  // ------------------------------------------------------------------ metadata labels of other sites

  @Test
  void otherSitesLabelsAreMetadata() {
    java.util.ArrayList<CleanLine> cleaned = lines("信息索引号：MB1A37620/2024-00031", "生成日期：2024-03-08", "信息名称：" + TITLE);
    boolean[] eligible = new boolean[cleaned.size()];
    Arrays.fill(eligible, true);
    MetadataBlock.Read read = MetadataBlock.read(cleaned, eligible);
    assertThat(read.first(MetadataBlock.Field.INDEX_NUMBER).value()).isEqualTo("MB1A37620/2024-00031");
    assertThat(read.dateOf(MetadataBlock.Field.SIGNED_ON)).hasToString("2024-03-08");
    assertThat(read.lines).containsExactly(0, 1, 2);
  }

  @Test
  void theTitleInAMetadataFieldIsNotTheTitle() {
    Report report = read("信息索引号：MB1A37620/2024-00031\n发布单位：青禾县司法局\n信息名称：" + TITLE + "\n" + TITLE
        + "\n" + BODY + "青禾县司法局\n2024年1月22日\n");
    assertThat(report.getTitle()).hasValue(TITLE);
    assertThat(report.getIssuer().orElseThrow().getName()).isEqualTo("青禾县司法局");
    assertThat(report.getMetadata().orElseThrow().getIndexNumber()).hasValue("MB1A37620/2024-00031");
  }

  // ------------------------------------------------------------------ closed tasks named after their count

  private static List<dev.fazhi.core.model.Figure> figures(String text) {
    return FigureExtractor.extract(MappedText.of(text), new SourceText(text));
  }

  @Test
  void tasksClosedAfterTheirCountCountTowardsCompletion() {
    assertThat(figures("全年完成国家双随机抽检任务136户，完成131户，另有5户因停业无法检查，任务完结率100%。"))
        .filteredOn(f -> f instanceof dev.fazhi.core.model.TaskCompletion).singleElement()
        .satisfies(f -> {
          dev.fazhi.core.model.TaskCompletion t = (dev.fazhi.core.model.TaskCompletion) f;
          assertThat(t.getAssigned()).isEqualTo(136);
          assertThat(t.getCompleted()).isEqualTo(131);
          assertThat(t.getClosed()).hasValue(5L);
        });
  }

  @Test
  void trapClosedAmongTheCompletedAreNotBesideThem() {
    assertThat(figures("国家随机抽检任务136户，完成131户，其中5户已注销，完结率100%。"))
        .filteredOn(f -> f instanceof dev.fazhi.core.model.TaskCompletion).isEmpty();
  }

  // ------------------------------------------------------------------ a letter's attachment note

  @ParameterizedTest
  @ValueSource(strings = {"附件：" + TITLE, "附件:" + TITLE, "附：" + TITLE})
  void anAttachmentNoteIsNoTitle(String note) {
    assertThat(TitleParser.isAttachmentNote(note)).isTrue();
    String letter = "青禾县司法局\n关于呈报2023年度法治政府建设工作情况的报告\n县委依法治县办：\n"
        + "我局认真总结了2023年度法治政府建设工作，现予呈报，请审阅。\n" + note + "\n青禾县司法局\n2024年1月25日\n";
    Report report = read(letter + TITLE + "\n" + BODY + "青禾县司法局\n2024年1月22日\n");
    assertThat(report.getTitle()).hasValue(TITLE);
    assertThat(report.getSections()).hasSize(4);
    assertThat(report.getSignedOn()).hasToString("Optional[2024-01-22]");
  }

  @Test
  void trapALineThatMerelyStartsWithTheSameCharacterIsNoNote() {
    assertThat(TitleParser.isAttachmentNote("附属医院2023年法治政府建设年度报告")).isFalse();
    assertThat(TitleParser.isAttachmentNote("附件1")).isFalse(); // a header marker, read as such elsewhere
  }

  // ------------------------------------------------------------------ tables opened by a header suffix

  @ParameterizedTest
  @ValueSource(strings = {"执法门类", "案件类型", "承办部门", "单位名称", "序号"})
  void aHeaderCellOpensATable(String header) {
    assertThat(FlatTable.opensTable(header)).isTrue();
    java.util.ArrayList<CleanLine> cleaned = lines(header, "立案数", "结案数", "道路运输", "58", "55", "合计", "58", "55");
    boolean[] cells = FlatTable.cells(cleaned, new boolean[cleaned.size()]);
    assertThat(cells).containsOnly(true);
  }

  @Test
  void trapAShortLineEndingInAHeaderWordWithNoCellsAfterItIsNoTable() {
    assertThat(FlatTable.opensTable("进一步强化职能部门")).isFalse(); // longer than a header cell
    java.util.ArrayList<CleanLine> cleaned = lines("承办部门", "全年承办行政复议案件46件，均在法定期限内审结。", "审结39件。");
    assertThat(FlatTable.cells(cleaned, new boolean[cleaned.size()])).containsOnly(false);
  }

  // ------------------------------------------------------------------ a line at the page width is no heading

  /** A report printed at a width of 20, its first paragraph before the first heading, indented. */
  private static String printed(String preamble) {
    return printed(preamble, BODY);
  }

  private static String printed(String preamble, String body) {
    StringBuilder pdf = new StringBuilder("青禾县司法局\n2023年法治政府建设年度报告\n");
    String text = "　　" + preamble;
    for (int i = 0; i < text.length(); i += 20) {
      pdf.append(text, i, Math.min(text.length(), i + 20)).append('\n');
    }
    for (String line : body.split("\n")) {
      boolean heading = HeadingPatterns.match(line, 0) != null;
      String t = heading ? line : "　　" + line;
      for (int i = 0; i < t.length(); i += 20) {
        pdf.append(t, i, Math.min(t.length(), i + 20)).append('\n');
      }
    }
    return pdf.append("\n— 1 —\n\n青禾县司法局\n2024年1月22日\n").toString();
  }

  @Test
  void aParagraphBrokenAtThePageWidthBeforeTheFirstHeadingIsNoThematicHeading() {
    String preamble = "2023年，我局在县委县政府的坚强领导下，深入学习贯彻习近平法治思想，全面推进法治政府建设，"
        + "现将有关情况报告如下。";
    Report report = read(printed(preamble));
    assertThat(report.getPreamble()).singleElement().satisfies(p -> assertThat(p.getText()).isEqualTo(preamble));
    assertThat(report.getSections()).extracting(s -> s.getHeading().getLabel())
        .containsExactly("一、", "二、", "三、", "四、");
  }

  @Test
  void aParagraphLineAtThePageWidthThatNamesAPartIsNoHeading() {
    // the paragraph's first line, 局党组书记切实履行第一责任人职责并主持, names the principal responsibility
    String body = BODY.replace("局主要负责人带头学法用法，主持专题学法4次。", "局党组书记切实履行第一责任人职责并主持专题学法4次，"
        + "审定重大执法决定12件。");
    Report report = read(printed("现将有关情况报告如下。", body));
    List<String> headings = new ArrayList<>();
    for (Section s : report.allSections()) {
      headings.add(s.getHeading().getLabel());
    }
    assertThat(headings).containsExactly("一、", "二、", "三、", "四、");
  }

  @Test
  void aHeadingRunningOnIntoBodyAtThePageWidthContinuesOnTheNextLine() {
    // 一、…主要举措和成效 then （一）加强复议。全 | 年收到…: the body's one character shares the heading's line
    String body = BODY.replace("全年收到行政复议申请46件，", "（一）强化行政复议监督纠错职能作用。全年收到行政复议申请46件，");
    Report report = read(printed("现将有关情况报告如下。", body));
    Section first = report.getSections().get(0).getSections().get(0);
    assertThat(first.getHeading().getText()).isEqualTo("强化行政复议监督纠错职能作用");
    assertThat(first.getParagraphs()).singleElement()
        .satisfies(p -> assertThat(p.getText()).startsWith("全年收到行政复议申请46件，审结39件"));
  }

  @Test
  void trapAShortBodyAfterAShortHeadingIsNotJoinedToTheNextLine() {
    Report report = read(TITLE + "\n一、2023年推进法治政府建设的主要举措和成效\n（一）加强复议。详见\n附表\n"
        + BODY.substring(BODY.indexOf('\n') + 1) + "青禾县司法局\n2024年1月22日\n");
    Section first = report.getSections().get(0).getSections().get(0);
    assertThat(first.getParagraphs()).extracting(p -> p.getText()).startsWith("详见");
  }

  @Test
  void trapAShortUnnumberedPartHeadingInAPrintedTextIsStillAHeading() {
    Report report = read(printed("现将有关情况报告如下。", BODY.replace("四、2024年推进法治政府建设的主要安排", "下一步工作打算")));
    assertThat(report.getSections()).extracting(s -> s.getHeading().getText()).contains("下一步工作打算");
  }
}
