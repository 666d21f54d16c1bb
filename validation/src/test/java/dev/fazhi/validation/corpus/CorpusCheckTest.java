package dev.fazhi.validation.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The four corpus rules on small sets of report texts written here. */
class CorpusCheckTest {

  private static final ReportReader READER = ReportReader.builder().build();
  private static final String FORMULA = "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面贯彻党的二十大精神，"
      + "认真落实《法治政府建设实施纲要（2021—2025年）》和《法治政府建设与责任落实督察工作规定》，把法治政府建设摆在全局工作的重要位置。";
  private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质";

  static String paragraph(long seed, int length) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder out = new StringBuilder(length);
    while (out.length() < length) {
      out.append(HAN.charAt(random.nextInt(HAN.length())));
      if (out.length() % 23 == 22) {
        out.append('，');
      }
    }
    return out.append('。').toString();
  }

  private static Report report(String issuer, int year, String... paragraphs) {
    return READER.read(text(issuer, year, paragraphs));
  }

  /** A report's text: title, preamble with the formula, the four parts, the paragraphs in the first. */
  static String text(String issuer, int year, String... paragraphs) {
    StringBuilder text = new StringBuilder();
    text.append(issuer).append("关于").append(year).append("年度法治政府建设情况的报告\n\n区委、区政府：\n");
    text.append(year).append("年，").append(FORMULA).append("现将有关情况报告如下。\n\n");
    text.append("一、").append(year).append("年推进法治政府建设的主要举措和成效\n");
    for (String p : paragraphs) {
      text.append(p).append('\n');
    }
    text.append("二、存在的不足和原因\n").append(paragraph(issuer.hashCode() * 31L + year, 60)).append('\n');
    text.append("三、党政主要负责人履行推进法治建设第一责任人职责情况\n").append(paragraph(issuer.hashCode() * 17L + year, 60))
        .append('\n');
    text.append("四、").append(year + 1).append("年工作安排\n").append(paragraph(issuer.hashCode() * 13L + year, 60))
        .append("\n\n").append(issuer).append('\n').append(year + 1).append("年3月1日\n");
    return text.toString();
  }

  private static CorpusCheck check() {
    return CorpusCheck.builder().locale(Locale.CHINA).build();
  }

  /** Five unrelated reports, so that the formula every report opens with is learned as common. */
  private static void addBackground(CorpusCheck check) {
    for (int i = 0; i < 5; i++) {
      check.add(report("松岭县背景" + "甲乙丙丁戊".charAt(i) + "局", 2024, paragraph(1000 + i, 150),
          paragraph(2000 + i, 120)), "background-" + i, Role.CHECKED);
    }
  }

  private static List<String> summary(CorpusResult result) {
    List<String> out = new ArrayList<>();
    result.byReport().keySet().stream().sorted().forEach(source -> result.findingsFor(source).forEach(f ->
        out.add(source + " " + f.finding().getRule() + " "
            + f.finding().getLocation().map(l -> l.getLine()).orElse(0) + " -> "
            + f.related().map(r -> r.source() + ":" + r.line()).orElse("-"))));
    result.setFindings().forEach(f -> out.add("set " + f.finding().getRule() + " " + f.issuer() + " " + f.reportingYear()));
    return out;
  }

  @Test
  void aPassageCopiedFromAnotherIssuerIsReportedInBothAndTheFormulaIsNot() {
    CorpusCheck check = check();
    addBackground(check);
    String copied = paragraph(42, 130);
    check.add(report("花溪区教育局", 2024, copied, paragraph(43, 200)), "edu", Role.CHECKED);
    check.add(report("花溪区民政局", 2024, paragraph(44, 300), copied), "civil", Role.CHECKED);
    CorpusResult result = check.finish();
    assertThat(summary(result)).containsExactly("civil corpus.reused-text 8 -> edu:7",
        "edu corpus.reused-text 7 -> civil:8");
    CorpusFinding finding = result.findingsFor("edu").get(0);
    assertThat(finding.finding().getMessage()).contains("花溪区民政局，其他机关").contains("相似度100%");
    assertThat(finding.finding().getQuote()).hasValue(copied.substring(0, 20) + "…");
  }

  @Test
  void aPassageFromTheIssuersEarlierReportIsReportedInTheLaterOnlyAndNotInHistory() {
    CorpusCheck check = check();
    addBackground(check);
    String copied = paragraph(50, 160);
    check.add(report("青溪市司法局", 2023, copied, paragraph(51, 200)), "2023", Role.HISTORY);
    check.add(report("青溪市司法局", 2024, paragraph(52, 200), copied), "2024", Role.CHECKED);
    CorpusResult result = check.finish();
    assertThat(summary(result)).containsExactly("2024 corpus.reused-text 8 -> 2023:7");
    assertThat(result.findingsFor("2024").get(0).finding().getMessage()).contains("2023年度报告");
  }

  @Test
  void aNearlyWordForWordCopyCountsAndAReworkedOneDoesNot() {
    String original = paragraph(60, 200);
    char[] chars = original.toCharArray();
    chars[100] = '鑫'; // one character changed in 200: still nearly word for word
    String nearly = new String(chars);
    StringBuilder reworked = new StringBuilder(original);
    for (int i = 5; i < reworked.length(); i += 9) {
      reworked.setCharAt(i, '鑫'); // one in nine changed: no longer a copy
    }
    CorpusCheck check = check();
    addBackground(check);
    check.add(report("甲区教育局", 2024, original), "a", Role.CHECKED);
    check.add(report("乙区教育局", 2024, nearly), "b", Role.CHECKED);
    check.add(report("丙区教育局", 2024, reworked.toString()), "c", Role.CHECKED);
    assertThat(summary(check.finish())).containsExactly("a corpus.reused-text 7 -> b:7", "b corpus.reused-text 7 -> a:7");
  }

  @Test
  void theSameReportTwiceIsADuplicateNotReusedText() {
    Report health = report("花溪区卫健局", 2024, paragraph(70, 200), paragraph(71, 150));
    CorpusCheck check = check();
    addBackground(check);
    check.add(health, "health.txt", Role.CHECKED);
    check.add(health, "copy of health.txt", Role.CHECKED);
    check.add(health, "history/health.txt", Role.HISTORY);
    CorpusResult result = check.finish();
    // Each copy names the first file; the first names its first copy; history is never reported on.
    assertThat(summary(result)).containsExactly(
        "copy of health.txt corpus.duplicate-report 0 -> health.txt:1",
        "health.txt corpus.duplicate-report 0 -> copy of health.txt:1");
  }

  @Test
  void aRosterIssuerWithoutAReportIsASetFindingForEachYearChecked() throws RosterException {
    CorpusCheck check = CorpusCheck.builder().locale(Locale.ENGLISH)
        .roster(Roster.parse("花溪区卫生健康局,区级,花溪区,卫健局\n花溪区民政局\n")).build();
    addBackground(check);
    check.add(report("花溪区卫健局", 2024, paragraph(80, 120)), "health-2024", Role.CHECKED);
    check.add(report("花溪区卫健局", 2023, paragraph(81, 120)), "health-2023", Role.CHECKED);
    check.add(report("花溪区民政局", 2022, paragraph(82, 120)), "civil-2022", Role.HISTORY);
    CorpusResult result = check.finish();
    assertThat(summary(result)).containsExactly("set corpus.report-missing 花溪区民政局 2023",
        "set corpus.report-missing 花溪区民政局 2024");
    assertThat(result.setFindings().get(0).finding().getMessage()).isEqualTo("花溪区民政局 has no report for 2023");
  }

  @Test
  void yearOnYearChangesAreCheckedWithTheStatedRounding() {
    String last = "全年办理行政复议案件120件，行政应诉案件42件，行政复议纠错率10.8%，受理咨询300件，受理咨询310件。";
    String[][] cases = {
        {"全年办理行政复议案件135件，同比增长12.5%。", ""},
        {"全年办理行政复议案件135件，同比增长13%。", ""},
        {"全年办理行政复议案件135件，同比增长12.46%。", "12.50%"},
        {"全年办理行政复议案件135件，同比增长15.6%。", "12.5%"},
        {"全年办理行政复议案件108件，同比增长10%。", "下降10%"},
        {"行政应诉案件48件，较上年增加6件。", ""},
        {"行政应诉案件48件，较上年增加7件。", "增加6件"},
        {"行政复议纠错率9.6%，同比下降1.2个百分点。", ""},
        {"行政复议纠错率9.6%，同比下降2.4个百分点。", "下降1.2个百分点"},
        {"受理咨询400件，同比增长30%。", ""}, // two values last year: not matched with confidence
        {"受理群众来信400件，同比增长30%。", ""}, // not stated last year
    };
    for (String[] c : cases) {
      CorpusCheck check = check();
      addBackground(check);
      check.add(report("青溪市司法局", 2023, last), "2023", Role.HISTORY);
      check.add(report("青溪市司法局", 2024, c[0]), "2024", Role.CHECKED);
      List<CorpusFinding> findings = check.finish().findingsFor("2024");
      if (c[1].isEmpty()) {
        assertThat(findings).as(c[0]).isEmpty();
      } else {
        assertThat(findings).as(c[0]).hasSize(1);
        assertThat(findings.get(0).finding().getRule()).isEqualTo("corpus.year-on-year-mismatch");
        assertThat(findings.get(0).finding().getMessage()).as(c[0]).endsWith("按此应为" + c[1].replaceFirst("^(\\d)", "增长$1"));
        assertThat(findings.get(0).related()).map(RelatedPlace::line).hasValue(7);
      }
    }
  }

  @Test
  void reportsWithoutIssuerOrYearAreLeftOutAndNamed() {
    CorpusCheck check = check();
    check.add(READER.read("关于法治政府建设情况的报告\n\n一、主要举措和成效\n" + paragraph(90, 120) + "\n"), "anon", Role.CHECKED);
    check.add(report("花溪区教育局", 2024, paragraph(91, 120)), "edu", Role.CHECKED);
    CorpusResult result = check.finish();
    assertThat(result.exclusions()).extracting(Exclusion::source).contains("anon").doesNotContain("edu");
    assertThat(result.checkedCount()).isEqualTo(2);
  }
}
