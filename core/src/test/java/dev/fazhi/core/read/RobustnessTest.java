package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random texts built from the pieces real reports are made of, cut and shuffled: the reader
 * returns a report whose locations all lie in its source text, or refuses the text with a
 * {@link ReportFormatException}; never anything else. Run more rounds with
 * {@code -Dfazhi.robustness.rounds=60000}.
 */
class RobustnessTest {

  private static final String[] PIECES = {
      "某县卫生健康局2023年法治政府建设情况报告", "某县卫生健康局关于2023年法治", "政府建设的情况报告", "当前位置:首页",
      "发布时间:2024-01-20 字体:【", "[bookmark: _GoBack]", "[bookmark:", "一、", "二、", "六、", "（一）", "（三）",
      "(二)", "1、", "2.", "１．", "（1）", "第一部分", "一是", "其中", "其中：", "，", "。", "、", "；", "：", "（", "）",
      "《", "》", "“", "”", "\u00A0\u00A0", "\u3000", "        ", "\n", "\n\n", "\r\n", "主要举措和成效", "存在的问题",
      "存在的不足和原因", "第一责任人职责", "下一步打算", "其他需要说明的问题", "强化领导责任，提供有力保障",
      "任务1477家", "完成1295家", "关闭182家", "完结率100%", "处罚率46.2 %", "查处166起", "办结率", "按时办结率100%",
      "线索137件（", "投诉117件；", "线索20件）", "214.48902万元", "2089245.42元", "近300人次", "10万人以上",
      "上万册", "2000余条", "2020年4月9日", "二〇二〇年四月九日", "7-15天", "30+45个工作日", "〔2019〕33号",
      "123456789012345678901234567890", "１２３件", "%", "率", "年", "万", "元", "件", "是", "第", "十", "二十三、",
      "市委、市政府：", "某县卫生健康局", "20I9"};

  @Test
  void randomTextsGiveAReportOrAClearError() {
    SplittableRandom random = new SplittableRandom(20231123L);
    int reports = 0;
    for (int round = 0; round < Integer.getInteger("fazhi.robustness.rounds", 3000); round++) {
      StringBuilder text = new StringBuilder();
      if (random.nextInt(3) > 0) {
        text.append(PIECES[0]).append('\n');
      }
      int pieces = random.nextInt(1, 80);
      for (int i = 0; i < pieces; i++) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        if (random.nextInt(10) == 0 && piece.length() > 1) {
          piece = piece.substring(random.nextInt(piece.length())); // a piece cut short
        }
        text.append(piece);
      }
      String input = text.toString();
      try {
        Report report = ReportReader.defaults().read(input, "round" + round);
        reports++;
        checkLocations(report, report.getSourceText().orElseThrow());
      } catch (ReportFormatException e) {
        assertThat(e.getSource()).hasValue("round" + round);
        assertThat(e.getReason()).isNotBlank();
      }
    }
    assertThat(reports).as("most random texts with a title are read").isGreaterThan(1000);
  }

  private static void checkLocations(Report report, String source) {
    List<SourceLocation> locations = new ArrayList<>();
    report.getSignedOnLocation().ifPresent(locations::add);
    report.getPublishedOnLocation().ifPresent(locations::add);
    report.getEmbeddedParts().values().forEach(e -> e.getLocation().ifPresent(locations::add));
    for (Section s : report.allSections()) {
      s.getLocation().ifPresent(locations::add);
      assertThat(s.getHeading().getLevel()).isBetween(1, 5);
    }
    report.allParagraphs().forEach(p -> p.getLocation().ifPresent(locations::add));
    for (Figure f : report.allFigures()) {
      f.getLocation().ifPresent(locations::add);
      assertThat(f.getQuote()).isPresent();
    }
    for (SourceLocation at : locations) {
      CorpusReadingTest.assertLocated(at, source);
    }
  }
}
