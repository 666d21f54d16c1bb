package dev.fazhi.core.read;

import static dev.fazhi.core.read.QingheReport.BODY;
import static dev.fazhi.core.read.QingheReport.TITLE;
import static dev.fazhi.core.read.QingheReport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same report reads the same with or without the page, the letter, the title or the printing. */
class ShapesReaderTest {

  private static final String SIGNATURE = "青禾县司法局\n2024年1月22日\n";

  /** What a report says, without where it says it. */
  private static List<String> shape(Report r) {
    List<String> out = new java.util.ArrayList<>();
    out.add(r.getTitle() + "|" + r.getIssuer().map(i -> i.getName()) + "|" + r.getReportingYear() + "|"
        + r.getSignedOn());
    for (Paragraph p : r.getPreamble()) {
      out.add("P " + p.getText());
    }
    for (Section s : r.allSections()) {
      out.add(s.getHeading().getLevel() + " " + s.getHeading().fullText() + " " + s.getPart());
      for (Paragraph p : s.getParagraphs()) {
        out.add("  " + p.getText() + " " + p.getFigures().stream().map(f -> f.kind().name()).toList());
      }
    }
    return out;
  }

  private static final List<String> CLEAN = shape(read(TITLE + "\n" + BODY + SIGNATURE));

  @Test
  void thePageAroundAReportIsNoPartOfIt() {
    String page = """
        关怀版 | 无障碍 | 简体 | 繁體
        青禾县人民政府门户网站
        首页 政务公开 政务服务 互动交流 走进青禾
        您当前所在位置：首页 > 政务公开 > 法治政府建设
        索引号：11330921MB0K52731X/2024-00018 主题分类：政务公开
        发布机构：青禾县司法局 成文日期：2024-01-22
        """ + TITLE + """

        来源：青禾县司法局 发布时间：2024-01-26 访问量：1268
        字体：【大 中 小】 打印本页 关闭窗口
        """ + BODY + SIGNATURE + """
        扫一扫在手机打开当前页
        相关附件：
        主办单位：青禾县人民政府办公室
        网站标识码：3309210002 浙ICP备12345678号-1
        """;
    Report report = read(page);
    assertThat(shape(report)).isEqualTo(CLEAN);
    assertThat(report.getPublishedOn()).hasValue(LocalDate.of(2024, 1, 26));
    assertThat(report.getMetadata().orElseThrow().getIndexNumber()).hasValue("11330921MB0K52731X/2024-00018");
  }

  @Test
  void aSiteNameWithoutMarksAboveTheTitleIsNoPartOfIt() {
    assertThat(shape(read("青禾县人民政府\n" + TITLE + "\n" + BODY + SIGNATURE))).isEqualTo(CLEAN);
  }

  @Test
  void aCoverLetterIsNoPartOfTheReport() {
    String letter = """
        青禾县司法局文件
        青司〔2024〕3号
        青禾县司法局关于报送2023年度法治政府建设情况报告的函
        县委依法治县办：
        现将我局2023年度法治政府建设情况报告如下，请审阅。
        青禾县司法局
        2024年1月25日
        """;
    assertThat(shape(read(letter + TITLE + "\n" + BODY + SIGNATURE))).isEqualTo(CLEAN);
    Report without = read(letter + BODY);
    assertThat(without.getTitle()).isEmpty();
    assertThat(without.getIssuer().orElseThrow().getName()).isEqualTo("青禾县司法局");
    assertThat(without.getReportingYear()).hasValue(2023);
    assertThat(without.getSignedOn()).hasValue(LocalDate.of(2024, 1, 25)); // the letter's, for want of its own
  }

  @Test
  void aReportWithNoTitleIsRead() {
    Report report = read(BODY.replace("全年收到", "我局全年收到"));
    assertThat(report.getTitle()).isEmpty();
    assertThat(report.getIssuer()).isEmpty();
    assertThat(report.getReportingYear()).hasValue(2023);
    assertThat(report.getSections()).hasSize(4);
  }

  @Test
  void aTextWithNoTitleAndNoPartsIsRefused() {
    NotAReportException e = catchThrowableOfType(NotAReportException.class,
        () -> read("一、会议议程\n会议于上午召开。\n二、参会人员\n各部门负责人。\n"));
    assertThat(e.reason().key()).isEqualTo("notReport.noParts");
  }

  @Test
  void aTitleFollowedByADocumentNumberLine() {
    Report report = read(TITLE + "\n青司〔2024〕3号\n" + BODY + SIGNATURE);
    assertThat(report.getPreamble()).extracting(Paragraph::getText).containsExactly("青司〔2024〕3号");
    assertThat(report.getTitle()).hasValue(TITLE);
  }

  @Test
  void aTitleSplitOverThreeLines() {
    Report report = read("东湖市西关区\n桥南街道办事处\n关于2023年法治政府建设情况的报告\n" + BODY);
    assertThat(report.getTitle()).hasValue("东湖市西关区桥南街道办事处关于2023年法治政府建设情况的报告");
    assertThat(report.getIssuer().orElseThrow().getName()).isEqualTo("东湖市西关区桥南街道办事处");
    assertThat(report.getIssuer().orElseThrow().getRegion()).hasValue("东湖市西关区桥南街道");
  }

  @Test
  void theClosingFormulaAndThePageAfterTheDateLineAreNoContent() {
    Report report = read(TITLE + "\n" + BODY + "特此报告。\n" + SIGNATURE + "青禾县人民政府办公室\n【打印本页】\n");
    assertThat(shape(report)).isEqualTo(CLEAN);
  }

  @Test
  void textTakenOutOfAPdfReadsAsItsCleanText() {
    StringBuilder pdf = new StringBuilder("青 禾 县 司 法 局\n2 0 2 3 年 法 治 政 府 建 设 年 度 报 告\n");
    int n = 0;
    for (String line : BODY.split("\n")) {
      if (HeadingPatterns.match(line, 0) != null) {
        pdf.append(line).append('\n');
      } else {
        for (int i = 0; i < line.length(); i += 20) {
          pdf.append(line, i, Math.min(line.length(), i + 20)).append('\n');
        }
      }
      if (++n % 3 == 0) {
        pdf.append("\n— ").append(n / 3).append(" —\n\n青禾县司法局印发\n");
      }
    }
    pdf.append(SIGNATURE);
    Report report = read(pdf.toString());
    assertThat(report.getTitle()).hasValue("青禾县司法局2023年法治政府建设年度报告");
    assertThat(String.join("\n", shape(report).subList(1, shape(report).size())))
        .isEqualTo(String.join("\n", CLEAN.subList(1, CLEAN.size())));
  }

  @Test
  void aFlattenedTableIsOneParagraphNeverHeadings() {
    String table = "完成情况如下表。\n序号\n任务\n完成情况\n1\n制定清单\n已完成\n2\n修订办法\n推进中\n合计\n2项\n";
    Report report = read(TITLE + "\n" + BODY.replace("驳回2件。\n", "驳回2件。\n" + table) + SIGNATURE);
    Section measures = report.getSections().get(0);
    assertThat(measures.getSections()).isEmpty();
    assertThat(measures.getParagraphs()).extracting(Paragraph::getText)
        .contains("序号 任务 完成情况 1 制定清单 已完成 2 修订办法 推进中 合计 2项");
  }

  @ParameterizedTest
  @ValueSource(strings = {"青禾县2024年法治政府建设工作要点",
      "青禾县人民政府办公室关于印发《青禾县2024年法治政府建设工作要点》的通知"})
  void plansAndNoticesAreRefused(String title) {
    NotAReportException e = catchThrowableOfType(NotAReportException.class,
        () -> read(title + "\n一、总体要求\n全面推进依法行政。\n二、主要任务\n深化改革。\n"));
    assertThat(e.reason().key()).isEqualTo("notReport.plan");
  }

  @Test
  void aReportThatNamesAPlanIsNoPlan() {
    assertThat(ReportKinds.namesPlan("青禾县2023年法治政府建设工作要点落实情况报告")).isFalse();
    assertThat(ReportKinds.namesPlan(TITLE)).isFalse();
  }

  @Test
  void theLetterTitleIsTold() {
    assertThat(CoverLetter.isLetterTitle("青禾县司法局关于报送2023年度法治政府建设情况报告的函")).isTrue();
    assertThat(CoverLetter.isLetterTitle("关于呈报2023年法治政府建设年度报告的报告")).isTrue();
    assertThat(CoverLetter.isLetterTitle(TITLE)).isFalse();
  }

  @Test
  void townsAndStreetsAreRegionsOnlyBeforeTheirOrgans() {
    assertThat(TitleParser.issuer("石门乡人民政府").getRegion()).hasValue("石门乡");
    assertThat(TitleParser.issuer("青禾县城镇管理局").getRegion()).hasValue("青禾县");
    assertThat(TitleParser.issuer("青禾县市场监督管理局").getRegion()).hasValue("青禾县");
  }
}
