package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What printing leaves in a text taken out of a PDF. */
class PrintedLayoutTest {

  private static java.util.ArrayList<CleanLine> lines(String text) {
    return LineCleaner.clean(new SourceText(text));
  }

  @org.junit.jupiter.api.Test
  void theDashTestAgreesWithTheDashesForEveryCharacter() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(PrintedLayout.isPageDash((char) c)).as("U+%04X", c)
          .isEqualTo(PrintedLayout.PAGE_DASHES.indexOf(c) >= 0);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"— 3 —", "-3-", "- 12 -", "第3页", "第 3 页 共 10 页", "3/10", "－ 3 －"})
  void pageNumbers(String line) {
    assertThat(PrintedLayout.isPageNumber(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "2023", "一、", "第三部分", "3.5", "12件", "—", "1/2023年"})
  void notPageNumbers(String line) {
    assertThat(PrintedLayout.isPageNumber(line)).isFalse();
  }

  @Test
  void aLineOnEveryPageIsARunningHeaderButACellRepeatedIsNot() {
    String text = "青禾县人民政府办公室\n正文一。\n— 1 —\n青禾县人民政府办公室\n正文二。\n已完成\n已完成\n已完成\n";
    java.util.ArrayList<CleanLine> lines = new java.util.ArrayList<>(lines(text));
    lines.set(2, lines.get(2).withNoise(NoiseTable.Kind.PAGE_MARK));
    boolean[] running = PrintedLayout.runningLines(lines);
    assertThat(running[0]).isTrue();
    assertThat(running[3]).isTrue();
    assertThat(running[1]).isFalse();
    assertThat(running[5]).isFalse(); // a table's cell
  }

  @Test
  void withoutPageNumbersNoLineIsARunningHeader() {
    String text = "青禾县人民政府办公室\n正文一。\n青禾县人民政府办公室\n正文二。\n青禾县人民政府办公室\n";
    assertThat(PrintedLayout.runningLines(lines(text))).containsOnly(false);
  }

  @Test
  void spacedCharactersAreJoinedWithTheirOffsets() {
    MappedText line = MappedText.of("2 0 2 3 年 法 治 政 府");
    MappedText joined = PrintedLayout.despaced(line);
    assertThat(joined.text()).isEqualTo("2023年法治政府");
    assertThat(joined.offsetAt(4)).isEqualTo(8);
    MappedText latin = MappedText.of("ICP 备 案 号 Word");
    assertThat(PrintedLayout.despaced(MappedText.of("一、 主要举措和成效")).text()).isEqualTo("一、 主要举措和成效");
    assertThat(PrintedLayout.despaced(latin).text()).contains("Word");
  }

  @Test
  void aTextLaidOutAtAPageWidthHasThatWidth() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      text.append("全面落实重大行政决策程序规定，编制并公布年度重大决\n");
    }
    text.append("一、短标题\n");
    assertThat(PrintedLayout.pageWidth(lines(text.toString()))).isEqualTo("全面落实重大行政决策程序规定，编制并公布年度重大决".length());
    assertThat(PrintedLayout.pageWidth(lines("一段完整的话。\n另一段完整的话，较长一些也没关系。\n"))).isZero();
  }
}
