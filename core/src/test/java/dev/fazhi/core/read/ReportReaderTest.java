package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.EmbeddedPart;
import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts written for the project, each showing one kind of noise or structure on its own. */
class ReportReaderTest {

  private static final String TITLE = "某县卫生健康局2023年法治政府建设情况报告\n";
  private static final String BODY = """
      一、主要举措和成效
      全年办理行政处罚案件12件。
      二、存在的不足和原因
      执法力量不足，主要是编制少。
      三、党政主要负责人履行推进法治建设第一责任人职责情况
      主要负责人带头学法。
      四、2024年工作打算
      继续加强学习。
      """;

  private final ReportReader reader = ReportReader.builder().locale(Locale.ENGLISH).build();

  private Report read(String text) {
    return reader.read(text, "test.txt");
  }

  private static List<String> headings(Report report) {
    return report.allSections().stream().map(s -> s.getHeading().getLevel() + ":" + s.getHeading().fullText())
        .toList();
  }

  private static String at(Report report, SourceLocation location) {
    return report.getSourceText().orElseThrow().substring(location.getOffset());
  }

  @Test
  void aPlainReport() {
    Report r = read(TITLE + BODY);
    assertThat(r.getTitle()).hasValue("某县卫生健康局2023年法治政府建设情况报告");
    assertThat(r.getIssuer().get().getName()).isEqualTo("某县卫生健康局");
    assertThat(r.getReportingYear()).hasValue(2023);
    assertThat(r.getSource()).hasValue("test.txt");
    assertThat(r.getSourceText()).hasValue(TITLE + BODY);
    assertThat(r.getSections()).extracting(s -> s.getPart().orElse(null)).containsExactly(
        Part.MEASURES_AND_RESULTS, Part.SHORTCOMINGS_AND_CAUSES, Part.PRINCIPAL_RESPONSIBILITY,
        Part.NEXT_YEAR_PLAN);
    assertThat(r.getEmbeddedParts()).isEmpty();
    assertThat(r.getSignedOn()).isEmpty();
    Section first = r.getSections().get(0);
    assertThat(first.getHeading()).isEqualTo(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 1, "主要举措和成效"));
    assertThat(first.getParagraphs()).extracting(Paragraph::getText).containsExactly("全年办理行政处罚案件12件。");
    assertThat(first.getParagraphs().get(0).getFigures()).hasSize(1);
    assertThat(first.getLocation()).hasValue(SourceLocation.of(2, 1, TITLE.length()));
    assertThat(at(r, first.getParagraphs().get(0).getLocation().get())).startsWith("全年办理");
  }

  @Test
  void navigationAndPublicationLinesAreNoContent() {
    String text = "当前位置：首页 > 政务公开\n" + TITLE + "发布时间：2024-02-20 浏览次数：12 字体:【大 中 小】\n" + BODY;
    Report r = read(text);
    assertThat(r.getTitle()).hasValue(TITLE.strip());
    assertThat(r.getPublishedOn()).hasValue(LocalDate.of(2024, 2, 20));
    assertThat(at(r, r.getPublishedOnLocation().get())).startsWith("2024-02-20");
    assertThat(r.getPreamble()).isEmpty();
    assertThat(r.allParagraphs()).noneMatch(p -> p.getText().contains("当前位置") || p.getText().contains("发布"));
    assertThat(r.getSourceText().get()).contains("当前位置", "字体:【");
  }

  @Test
  void wordProcessorResidueIsRemovedFromParagraphsButKeptInTheSource() {
    Report r = read(TITLE + BODY.replace("全年办理", "[bookmark: _GoBack]全年办理"));
    Paragraph p = r.getSections().get(0).getParagraphs().get(0);
    assertThat(p.getText()).isEqualTo("全年办理行政处罚案件12件。");
    assertThat(at(r, p.getLocation().get())).startsWith("全年办理");
    assertThat(r.getSourceText().get()).contains("[bookmark: _GoBack]");
    assertThat(at(r, p.getFigures().get(0).getLocation().get())).startsWith("全年办理行政处罚案件12件");
  }

  @Test
  void noBreakAndIdeographicSpacesAreIndentation() {
    String text = TITLE + BODY.replace("一、主要", "\u00A0 \u00A0 一、主要").replace("全年", "\u3000\u3000全年")
        .replace("二、存在的不足和原因", "二、存在的不足\u00A0和原因\u00A0");
    Report r = read(text);
    assertThat(headings(r)).startsWith("1:一、主要举措和成效", "1:二、存在的不足 和原因");
    assertThat(r.getSections().get(0).getParagraphs().get(0).getText()).isEqualTo("全年办理行政处罚案件12件。");
    assertThat(at(r, r.getSections().get(0).getLocation().get())).startsWith("一、主要");
  }

  @Test
  void aTitleBrokenOverTwoLines() {
    Report r = read("某县卫生健康局关于2023年法治\n政府建设情况的报告\n" + BODY);
    assertThat(r.getTitle()).hasValue("某县卫生健康局关于2023年法治政府建设情况的报告");
    assertThat(r.getIssuer().get().getName()).isEqualTo("某县卫生健康局");
    assertThat(r.getReportingYear()).hasValue(2023);
  }

  @Test
  void anIssuerLineAboveTheTitle() {
    Report r = read("某县卫生健康局\n\n2023年法治政府建设工作情况报告\n\n" + BODY);
    assertThat(r.getTitle()).hasValue("某县卫生健康局2023年法治政府建设工作情况报告");
    assertThat(r.getIssuer().get().getName()).isEqualTo("某县卫生健康局");
  }

  @Test
  void aParagraphBrokenInTheMiddleOfASentence() {
    String text = TITLE + """
        一、主要举措和成效
        （一）深化改革
        按照全县的统一部署，协同相关部门推进综合行政执法体制

        改革，稳妥有序移交11项行政处罚职权。
        （二）做好普法规划，汲取普法经验，结

        合新的方针，统筹做好规划制定。
        二、存在问题
        力量不足。
        """;
    Report r = read(text);
    assertThat(headings(r)).containsExactly("1:一、主要举措和成效", "2:（一）深化改革", "2:（二）做好普法规划，汲取普法经验，结",
        "1:二、存在问题");
    Section reform = r.getSections().get(0).getSections().get(0);
    assertThat(reform.getParagraphs()).extracting(Paragraph::getText)
        .containsExactly("按照全县的统一部署，协同相关部门推进综合行政执法体制改革，稳妥有序移交11项行政处罚职权。");
  }

  @Test
  void aNumberedItemRunOntoThePreviousLine() {
    String text = TITLE + "一、主要举措和成效\n（一）健全执法体系\n"
        + "1.推进执法体制改革。培训率达到100%。                                  2.完善行政执法程序。一是严格落实三项制度。\n"
        + "3.加强重点领域执法。开展专项行动。\n二、存在问题\n不足。\n";
    Report r = read(text);
    List<Section> items = r.getSections().get(0).getSections().get(0).getSections();
    assertThat(items).extracting(s -> s.getHeading().fullText())
        .containsExactly("1.推进执法体制改革", "2.完善行政执法程序", "3.加强重点领域执法");
    assertThat(items).extracting(s -> s.getHeading().getNumber().getAsInt()).containsExactly(1, 2, 3);
    assertThat(items.get(0).getParagraphs().get(0).getText()).isEqualTo("培训率达到100%。");
    assertThat(at(r, items.get(1).getLocation().get())).startsWith("2.完善行政执法程序");
    assertThat(items.get(1).getLocation().get().getLine()).isEqualTo(items.get(0).getLocation().get().getLine());
  }

  @Test
  void aHeadingThatGoesStraightOnIntoBodyText() {
    String text = TITLE + "一、主要举措和成效\n（五）年度各类执法工作顺利开展。监管对象数量逐年递增，检查8186间次。\n"
        + "（六）落实“谁执法谁普法”。普法到位。\n二、存在问题\n不足。\n";
    Report r = read(text);
    Section five = r.getSections().get(0).getSections().get(0);
    assertThat(five.getHeading().getText()).isEqualTo("年度各类执法工作顺利开展");
    assertThat(five.getHeading().getLabel()).isEqualTo("（五）");
    assertThat(five.getHeading().getNumber()).hasValue(5);
    assertThat(five.getParagraphs()).extracting(Paragraph::getText).containsExactly("监管对象数量逐年递增，检查8186间次。");
    assertThat(at(r, five.getParagraphs().get(0).getLocation().get())).startsWith("监管对象");
    assertThat(r.getSections().get(0).getSections().get(1).getHeading().getText()).isEqualTo("落实“谁执法谁普法”");
  }

  @Test
  void inlineEnumerationsAreNoHeadings() {
    String text = TITLE + "一、主要举措和成效\n一是加强学习\n二是完善制度。三是规范执法。\n二、存在问题\n不足。\n";
    Report r = read(text);
    assertThat(headings(r)).containsExactly("1:一、主要举措和成效", "1:二、存在问题");
    assertThat(r.getSections().get(0).getParagraphs()).isNotEmpty();
  }

  @Test
  void unnumberedHeadingsThatNameParts() {
    String text = TITLE + """
        一、2023年度推进法治政府建设的主要举措和成效
        （一）疫情防控
        全力保障。
        2023年度推进法治政府建设存在的不足和原因
        （一）法治意识不足
        意识不强。
        2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况
        严格落实。
        2024年度推进法治政府建设的主要安排
        （一）加强建设。
        """;
    Report r = read(text);
    assertThat(r.getSections()).extracting(s -> s.getPart().get()).containsExactly(Part.MEASURES_AND_RESULTS,
        Part.SHORTCOMINGS_AND_CAUSES, Part.PRINCIPAL_RESPONSIBILITY, Part.NEXT_YEAR_PLAN);
    Heading lost = r.getSections().get(1).getHeading();
    assertThat(lost.getStyle()).isEqualTo(NumberingStyle.NONE);
    assertThat(lost.getLabel()).isEmpty();
    assertThat(lost.getNumber()).isEmpty();
    assertThat(lost.getLevel()).isEqualTo(1);
    assertThat(r.getSections().get(1).getSections()).hasSize(1);
  }

  @Test
  void thematicTopLevelHeadingsAreAllMeasures() {
    String text = TITLE + """
        2023年，我局坚持依法行政。现将情况报告如下。

        强化领导责任，提供有力保障

        我局高度重视，主要领导认真履行推进法治建设第一责任人职责，多次研究部署。

        加大法治宣传，落实“谁执法谁普法”

        开展宣传活动12场。
        依法全面履职，提高依法行政能力

        全面落实行政执法三项制度。
        （三）严厉查处非法行医。共办结案件3件。

        六、存在的不足

        （一）执法手段欠缺。
        六、下一步打算
        （一）继续加强学习。
        """;
    Report r = read(text);
    assertThat(headings(r)).containsExactly("1:强化领导责任，提供有力保障", "1:加大法治宣传，落实“谁执法谁普法”",
        "1:依法全面履职，提高依法行政能力", "2:（三）严厉查处非法行医", "1:六、存在的不足", "2:（一）执法手段欠缺",
        "1:六、下一步打算", "2:（一）继续加强学习");
    assertThat(r.sectionsOf(Part.MEASURES_AND_RESULTS)).hasSize(3);
    assertThat(r.getSections().get(3).getPart()).hasValue(Part.SHORTCOMINGS_AND_CAUSES);
    assertThat(r.getSections().get(4).getPart()).hasValue(Part.NEXT_YEAR_PLAN);
    EmbeddedPart principal = r.getEmbeddedParts().get(Part.PRINCIPAL_RESPONSIBILITY);
    assertThat(principal.getEmbeddedIn()).isEqualTo(Part.MEASURES_AND_RESULTS);
    assertThat(principal.getQuote()).hasValue("主要领导认真履行推进法治建设第一责任人职责");
    assertThat(at(r, principal.getLocation().get())).startsWith("主要领导认真履行");
    assertThat(r.getPreamble()).hasSize(1);
  }

  @Test
  void aSingleShortLineBrokenOffInThePreambleIsNoThematicHeading() {
    String text = TITLE + "2023年，我局在县委县政府的领导下\n坚持依法行政。现将情况报告如下。\n" + BODY;
    Report r = read(text);
    assertThat(r.getPreamble()).extracting(Paragraph::getText)
        .containsExactly("2023年，我局在县委县政府的领导下坚持依法行政。现将情况报告如下。");
    assertThat(r.getSections()).hasSize(4);
  }

  @Test
  void anUnnumberedPartHeadingWithAColon() {
    String text = TITLE + "一、主要举措和成效\n办理案件3件。\n存在的不足和原因：\n力量不足。\n";
    Report r = read(text);
    assertThat(r.getSections()).extracting(s -> s.getHeading().getText())
        .containsExactly("主要举措和成效", "存在的不足和原因");
  }

  @Test
  void aPrincipalResponsibilityPartThatComesFirst() {
    String text = TITLE + """
        一、2023年党政主要负责人履行推进法治政府建设第一责任人职责情况
        带头学法。
        二、2023年推进法治政府建设主要举措和成效
        办理案件3件。
        三、存在的问题
        不足。
        四、2024年工作计划
        加强学习。
        """;
    assertThat(read(text).getSections()).extracting(s -> s.getPart().get()).containsExactly(
        Part.PRINCIPAL_RESPONSIBILITY, Part.MEASURES_AND_RESULTS, Part.SHORTCOMINGS_AND_CAUSES,
        Part.NEXT_YEAR_PLAN);
  }

  @Test
  void noEmbeddedPartWithoutADiscussionOfTheDuty() {
    String text = TITLE + """
        一、主要举措和成效
        成立了以局党组书记、局长为组长的普法工作领导小组。
        二、存在的问题
        不足。
        三、2024年工作打算
        加强学习。
        """;
    Report r = read(text);
    assertThat(r.partsWithSections()).doesNotContain(Part.PRINCIPAL_RESPONSIBILITY);
    assertThat(r.getEmbeddedParts()).isEmpty();
  }

  @Test
  void aDutyOnlyPlannedForNextYearIsNoEmbeddedPart() {
    String text = TITLE + """
        一、主要举措和成效
        办理案件3件。
        二、存在的问题
        不足。
        三、2024年工作打算
        认真落实党政主要负责人履行推进法治建设第一责任人职责。
        """;
    assertThat(read(text).getEmbeddedParts()).isEmpty();
  }

  @Test
  void anEmbeddedPartInASubheading() {
    String text = TITLE + "一、主要工作开展情况\n(一)加强领导\n1、全面落实法治建设第一责任人制度。调整领导小组。\n"
        + "二、存在的问题\n不足。\n三、2024年的工作打算\n学习。\n";
    EmbeddedPart e = read(text).getEmbeddedParts().get(Part.PRINCIPAL_RESPONSIBILITY);
    assertThat(e.getQuote()).hasValue("全面落实法治建设第一责任人制度");
    assertThat(e.getLocation().get().getLine()).isEqualTo(4);
  }

  @Test
  void aSalutationBeforeTheBody() {
    Report r = read(TITLE + "县委、县政府：\n现将有关情况报告如下：\n" + BODY);
    assertThat(r.getPreamble()).extracting(Paragraph::getText).containsExactly("县委、县政府：", "现将有关情况报告如下：");
  }

  @Test
  void aDateLineAtTheEndIsTheSigningDate() {
    Report r = read(TITLE + BODY + "\n                    某县卫生健康局\n                    2024年3月9日\n \n");
    assertThat(r.getSignedOn()).hasValue(LocalDate.of(2024, 3, 9));
    assertThat(at(r, r.getSignedOnLocation().get())).startsWith("2024年3月9日");
    assertThat(r.allParagraphs()).noneMatch(p -> p.getText().contains("某县卫生健康局") || p.getText().contains("3月9日"));
  }

  @Test
  void aDateLineAfterTheSignature() {
    Report r = read(TITLE + BODY + "某县卫生健康局 二〇二四年三月九日\n");
    assertThat(r.getSignedOn()).hasValue(LocalDate.of(2024, 3, 9));
  }

  @Test
  void numbersAreRecordedAsWritten() {
    String text = TITLE + """
        一、主要举措和成效
        （三）查处非法行医
        1、加强巡查
        （1）日常巡查
        (2)集中行动
        １．专项行动
        （一）、规范执法
        六、存在的不足
        六、下一步打算
        """;
    Report r = read(text);
    assertThat(r.allSections()).extracting(s -> s.getHeading().getLevel() + " " + s.getHeading().getLabel() + " "
        + s.getHeading().getStyle() + " " + s.getHeading().getNumber().orElse(0)).containsExactly(
        "1 一、 CHINESE_COMMA 1", "2 （三） CHINESE_PAREN 3", "3 1、 ARABIC_COMMA 1", "4 （1） ARABIC_PAREN 1",
        "4 (2) ARABIC_HALFWIDTH_PAREN 2", "3 １． ARABIC_FULLWIDTH_DOT 1", "2 （一）、 CHINESE_PAREN_COMMA 1",
        "1 六、 CHINESE_COMMA 6", "1 六、 CHINESE_COMMA 6");
  }

  @Test
  void windowsLineEndingsKeepLocationsRight() {
    String text = (TITLE + BODY).replace("\n", "\r\n");
    Report r = read(text);
    Section second = r.getSections().get(1);
    assertThat(second.getLocation().get().getLine()).isEqualTo(4);
    assertThat(second.getLocation().get().getColumn()).isEqualTo(1);
    assertThat(at(r, second.getLocation().get())).startsWith("二、存在");
  }

  @Test
  void aLeadingByteOrderMarkIsDropped() {
    Report r = read("\uFEFF" + TITLE + BODY);
    assertThat(r.getSourceText()).hasValue(TITLE + BODY);
    assertThat(r.getTitle()).hasValue(TITLE.strip());
  }

  @Test
  void theYearFromThePreambleWhenTheTitleHasNone() {
    Report r = read("法治政府建设情况报告\n现将我局2022年法治政府建设情况报告如下：\n" + BODY);
    assertThat(r.getReportingYear()).hasValue(2022);
  }

  @Test
  void fullWidthDigitsInTheTitle() {
    assertThat(read("某县卫生健康局２０１９年法治政府建设情况报告\n" + BODY).getReportingYear()).hasValue(2019);
  }

  @Test
  void anInformationDisclosureReportIsRefused() {
    NotAReportException e = catchThrowableOfType(NotAReportException.class,
        () -> read("某县卫生健康局2023年政府信息公开工作年度报告\n一、总体情况\n主动公开信息100条。\n"));
    assertThat(e.getSource()).hasValue("test.txt");
    assertThat(e.getReason()).isEqualTo(Messages.get("notReport.infoDisclosure"));
  }

  @Test
  void aTextWithoutTitleOrPartsIsRefused() {
    assertThat(catchThrowableOfType(NotAReportException.class, () -> read("我局高度重视法治建设。全面推进依法行政。")))
        .isNotNull();
    NotAReportException other = catchThrowableOfType(NotAReportException.class,
        () -> read("某县卫生健康局2023年工作总结\n一、全年工作\n办理案件。\n"));
    assertThat(other.getReason()).contains("某县卫生健康局2023年工作总结");
  }

  @Test
  void aReportWhoseTitleSaysNothingIsReadWhenItHasTheParts() {
    Report r = read("某县卫生健康局2023年度报告\n" + BODY);
    assertThat(r.partsWithSections()).hasSize(4);
  }

  @Test
  void theSizeLimitIsNamed(@TempDir Path dir) throws IOException {
    ReportReader small = ReportReader.builder().locale(Locale.ENGLISH).maxBytes(100).build();
    String text = TITLE + BODY;
    ReportFormatException fromString = catchThrowableOfType(ReportFormatException.class,
        () -> small.read(text, "big.txt"));
    assertThat(fromString.getReason()).contains("100");
    assertThat(fromString.getSource()).hasValue("big.txt");
    Path file = dir.resolve("big.txt");
    Files.writeString(file, text);
    ReportFormatException fromFile = catchThrowableOfType(ReportFormatException.class, () -> small.read(file));
    assertThat(fromFile.getSource()).hasValue(file.toString());
    assertThat(fromFile.getReason()).contains("100");
    ReportFormatException fromStream = catchThrowableOfType(ReportFormatException.class,
        () -> small.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s"));
    assertThat(fromStream.getReason()).contains("100");
    assertThat(ReportReader.builder().locale(Locale.ENGLISH).build().maxBytes()).isEqualTo(20L * 1024 * 1024);
  }

  @Test
  void fromFilesAndStreamsInAnyEncoding(@TempDir Path dir) throws IOException {
    String text = TITLE + BODY;
    Path file = dir.resolve("gbk.txt");
    Files.write(file, text.getBytes("GBK"));
    Report fromFile = reader.read(file);
    assertThat(fromFile.getSource()).hasValue(file.toString());
    assertThat(fromFile.getSourceText()).hasValue(text);
    Report fromStream = reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_16)), "u16");
    assertThat(fromStream.getSourceText()).hasValue(text);
    assertThat(fromStream.getSections()).hasSize(4);
  }

  @Test
  void aReadReportSurvivesTheJsonForm() {
    String text = "当前位置：首页\n" + TITLE + "县委、县政府：\n" + BODY.replace("12件。", "12件，其中当面申请5件、信函7件，罚款214.48902万元，近300人次。")
        + "2024年3月9日\n";
    Report r = read(text);
    dev.fazhi.core.json.ReportJson json = dev.fazhi.core.json.ReportJson.builder().locale(Locale.ENGLISH).build();
    assertThat(json.read(json.write(r))).isEqualTo(r);
  }

  @Test
  void errorsNameTheSource(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    ReportFormatException e = catchThrowableOfType(ReportFormatException.class, () -> reader.read(empty));
    assertThat(e.getSource()).hasValue(empty.toString());
    assertThat(e.getMessage()).startsWith(empty.toString()).contains(Messages.get("empty"));
    ReportFormatException nul = catchThrowableOfType(ReportFormatException.class,
        () -> reader.read("报告\u0000内容", "nul.txt"));
    assertThat(nul.getReason()).isEqualTo(Messages.get("binary"));
  }
}
