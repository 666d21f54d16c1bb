package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A numbered heading broken at a PDF's page width is joined back; nothing else is. */
class WrappedHeadingsTest {

  private static final int WIDTH = 28;

  private static final String TITLE = "平湖县交通运输局2023年法治政府建设年度报告";
  /** Each line a heading or a paragraph, as a clean text has them. */
  private static final List<String> CLEAN = List.of(
      "一、2023年推进法治政府建设的主要举措和成效",
      "（一）坚持严格规范公正文明执法，全面提升交通运输行政执法质量和效能",
      "全年办理交通运输行政处罚案件326件，其中一般程序案件214件、简易程序案件112件，罚没款共计86.5万元，"
          + "案件均在法定期限内办结，未发生行政复议被撤销或行政诉讼败诉的情形。",
      "（二）健全依法决策机制",
      "全年作出重大行政决策3项，均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序，"
          + "决策事项目录按时向社会公布。",
      "（三）深化交通运输领域“放管服”改革，持续优化交通运输营商环境。全年受理道路运输许可事项1842件，全部按时办结，"
          + "推行告知承诺制事项23项，压减办理时限一半以上。",
      "二、2023年推进法治政府建设存在的不足和原因",
      "一是执法人员结构老化，主要是近年新进人员少；二是执法装备更新滞后，原因在于经费保障不足。",
      "三、2023年党政主要负责人履行推进法治建设第一责任人职责情况",
      "局主要负责人主持召开党组会议专题研究法治建设工作4次，带头旁听行政诉讼庭审1次，严格落实学法制度。",
      "四、2024年推进法治政府建设的主要安排",
      "一是持续规范交通运输行政执法行为；二是加快执法装备更新，提升非现场执法能力；三是深化普法宣传。");
  private static final String SIGNATURE = "平湖县交通运输局\n2024年2月18日\n";

  private static Report read(String text) {
    return ReportReader.defaults().read(text, "t.txt");
  }

  private static List<String> shape(Report r) {
    List<String> out = new ArrayList<>();
    for (Section s : r.allSections()) {
      out.add(s.getHeading().getLevel() + " " + s.getHeading().fullText() + " " + s.getPart());
      for (Paragraph p : s.getParagraphs()) {
        out.add("  " + p.getText() + " " + p.getFigures().stream().map(f -> f.kind().name()).toList());
      }
    }
    return out;
  }

  /** The clean lines printed at the page width, headings too; paragraphs indented or not. */
  private static String printed(boolean indent) {
    return printed(CLEAN, indent);
  }

  private static String printed(List<String> clean, boolean indent) {
    StringBuilder pdf = new StringBuilder(TITLE).append("\n");
    int lines = 0;
    for (String line : clean) {
      boolean heading = HeadingPatterns.match(line, 0) != null && !line.startsWith("一是");
      String text = heading || !indent ? line : "　　" + line;
      for (int i = 0; i < text.length(); i += WIDTH) {
        pdf.append(text, i, Math.min(text.length(), i + WIDTH)).append('\n');
        if (++lines % 12 == 0) {
          pdf.append("\n— ").append(lines / 12).append(" —\n\n");
        }
      }
    }
    return pdf.append(SIGNATURE).toString();
  }

  private static final List<String> CLEAN_SHAPE = shape(read(TITLE + "\n" + String.join("\n", CLEAN) + "\n" + SIGNATURE));

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aReportPrintedAtThePageWidthReadsAsItsCleanText(boolean indent) {
    assertThat(String.join("\n", shape(read(printed(indent))))).isEqualTo(String.join("\n", CLEAN_SHAPE));
  }

  @Test
  void theWrappedHeadingIsOneHeading() {
    Report report = read(printed(true));
    assertThat(report.allSections()).extracting(s -> s.getHeading().getText())
        .contains("坚持严格规范公正文明执法，全面提升交通运输行政执法质量和效能",
            "深化交通运输领域“放管服”改革，持续优化交通运输营商环境",
            "2023年党政主要负责人履行推进法治建设第一责任人职责情况");
  }

  @Test
  void aShortHeadingFollowedByAParagraphIsUntouched() {
    List<String> clean = new ArrayList<>(CLEAN);
    clean.set(1, "（一）规范执法");
    clean.add(2, "全面提升交通运输行政执法质量和效能。");
    Report report = read(printed(clean, false));
    Section first = report.getSections().get(0).getSections().get(0);
    assertThat(first.getHeading().getText()).isEqualTo("规范执法");
    assertThat(first.getParagraphs().get(0).getText()).startsWith("全面提升交通运输行政执法质量和效能。");
  }

  @Test
  void aHeadingAsLongAsThePageBeforeAnIndentedParagraphStaysWhole() {
    List<String> clean = new ArrayList<>(CLEAN);
    clean.set(1, "（一）坚持严格规范公正文明执法，全面提升交通运输执法水平"); // as long as the page, complete
    clean.add(2, "执法质量明显提升。");
    Report report = read(printed(clean, true));
    Section first = report.getSections().get(0).getSections().get(0);
    assertThat(first.getHeading().getText()).isEqualTo("坚持严格规范公正文明执法，全面提升交通运输执法水平");
    assertThat(first.getParagraphs().get(0).getText()).startsWith("执法质量明显提升。");
  }

  @Test
  void aTailIsShortHasNoClauseMarkAndNoLabel() {
    SourceText source = new SourceText("质量和效能\n全年办理案件326件，其中一般程序214件\n（二）健全机制\n　　质量和效能\n"
        + "质量和效能。全年办理案件326件，罚没款86.5万元\n");
    java.util.ArrayList<CleanLine> lines = LineCleaner.clean(source);
    assertThat(WrappedHeadings.isTail(lines.get(0), 25, source)).isTrue();
    assertThat(WrappedHeadings.isTail(lines.get(1), 25, source)).isFalse(); // a sentence of the body
    assertThat(WrappedHeadings.isTail(lines.get(2), 25, source)).isFalse(); // a heading of its own
    assertThat(WrappedHeadings.isTail(lines.get(3), 25, source)).isFalse(); // indented: a paragraph
    assertThat(WrappedHeadings.isTail(lines.get(4), 25, source)).isTrue(); // the tail, then body
  }

  @Test
  void aTextNeverLaidOutOnAPageIsLeftAsItIs() {
    SourceText source = new SourceText("（一）坚持严格规范公正文明执法，全面提升交通运输行政执法\n质量和效能\n");
    java.util.ArrayList<CleanLine> lines = LineCleaner.clean(source);
    assertThat(WrappedHeadings.join(lines, SkippedLines.none(), new boolean[lines.size()], 0, source))
        .isSameAs(lines);
  }
}
