package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.NumberingStyle;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every label form of the table is recognised with its style and number; inline enumerations never. */
class HeadingPatternsTest {

  static Stream<HeadingPatterns.Form> forms() {
    return HeadingPatterns.FORMS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void eachFormIsRecognisedWithItsStyleAndNumber(HeadingPatterns.Form form) {
    String line = form.example() + "加强组织领导";
    HeadingPatterns.Label label = HeadingPatterns.match(line, 0);
    assertThat(label).isNotNull();
    assertThat(label.style()).isEqualTo(form.style());
    assertThat(label.number()).isEqualTo(1);
    assertThat(label.label()).isEqualTo(form.example());
    assertThat(line.substring(label.end())).isEqualTo("加强组织领导");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void eachFormReadsTwoDigitNumbers(HeadingPatterns.Form form) {
    String twelve = form.example().replace("一", "十二").replace("1", "12").replace("１", "１２");
    HeadingPatterns.Label label = HeadingPatterns.match(twelve + "文字", 0);
    assertThat(label).isNotNull();
    assertThat(label.number()).isEqualTo(12);
    assertThat(label.label()).isEqualTo(twelve);
  }

  @ParameterizedTest
  @CsvSource({"二十三、其他事项,23", "（十）强化监督,10", "九十九、末项,99", "（二十）事项,20"})
  void chineseNumeralsUpToNinetyNine(String line, int number) {
    assertThat(HeadingPatterns.match(line, 0).number()).isEqualTo(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5万元罚款已缴纳", "2020年工作", "3、4月份开展检查", "一是加强学习", "十分重要",
      "0、无效编号", "100、太大", "一百、太大", "（）空括号", "12.4国家宪法日", "第一时间处置", "第二十届会议"})
  void numbersAndWordsThatAreNoLabel(String line) {
    assertThat(HeadingPatterns.match(line, 0)).isNull();
  }

  @ParameterizedTest
  @EnumSource(NumberingStyle.class)
  void theRankTableHoldsTheRankOfEachStylesStandardForm(NumberingStyle style) {
    assertThat(HeadingPatterns.rank(style)).isEqualTo(HeadingPatterns.rankFromStandardForm(style));
  }

  /** For every UTF-16 unit: the forms tried at it are those that can open with it, in table order. */
  @Test
  void theFormsTriedAtACharacterAreThoseThatCanOpenWithIt() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      List<HeadingPatterns.Form> expected = HeadingPatterns.FORMS.stream()
          .filter(form -> HeadingPatterns.mayOpenWith(form, ch)).toList();
      assertThat(List.of(HeadingPatterns.formsOpenedBy(ch))).as("U+%04X", c).isEqualTo(expected);
    }
  }

  /** Seeded: lines of label characters, matched at every position as trying every form in order would. */
  @Test
  void matchesAsTryingEveryFormInOrder() {
    SplittableRandom random = new SplittableRandom(20261203L);
    String alphabet = "（()）、．.第部分一二十三九0129０１、是文 ，";
    int labels = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(9); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String line = b.toString();
      for (int at = 0; at <= line.length(); at++) {
        HeadingPatterns.Label label = HeadingPatterns.match(line, at);
        assertThat(label).as("%s at %d", line, at).isEqualTo(matchTryingEveryForm(line, at));
        labels += label == null ? 0 : 1;
      }
    }
    assertThat(labels).isGreaterThan(1_000);
  }

  /** The plain loop over the whole table that {@link HeadingPatterns#match(String, int)} stands for. */
  private static HeadingPatterns.Label matchTryingEveryForm(String s, int at) {
    for (HeadingPatterns.Form form : HeadingPatterns.FORMS) {
      HeadingPatterns.Label label = at < s.length() ? HeadingPatterns.match(form, s, at) : null;
      if (label != null) {
        return label;
      }
    }
    return null;
  }

  @Test
  void theOrdinalFormTakesItsSeparator() {
    HeadingPatterns.Label label = HeadingPatterns.match("第二部分：存在的问题", 0);
    assertThat(label.style()).isEqualTo(NumberingStyle.CHINESE_ORDINAL);
    assertThat(label.number()).isEqualTo(2);
    assertThat(label.label()).isEqualTo("第二部分：");
  }

  static Stream<String> inlineWords() {
    return HeadingPatterns.INLINE_ENUMERATION_WORDS.stream();
  }

  @ParameterizedTest(name = "三{0}")
  @MethodSource("inlineWords")
  void inlineEnumerationsAreNeverHeadings(String word) {
    assertThat(HeadingPatterns.opensInlineEnumeration("三" + word + "完善行政执法流程")).isTrue();
    assertThat(HeadingPatterns.match("三" + word + "完善行政执法流程", 0)).isNull();
  }

  static Stream<String> openers() {
    return HeadingPatterns.NEVER_HEADING_OPENERS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("openers")
  void sentenceOpenersAreNeverHeadings(String opener) {
    assertThat(HeadingPatterns.opensInlineEnumeration(opener + "加强学习培训")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"第一，加强学习", "第二、完善制度", "第三是规范执法"})
  void ordinalsInsideSentencesAreInline(String line) {
    assertThat(HeadingPatterns.opensInlineEnumeration(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"一体推进法治建设", "强化领导责任", "十分注重学法", "第一责任人制度"})
  void ordinaryLinesAreNoInlineEnumeration(String line) {
    assertThat(HeadingPatterns.opensInlineEnumeration(line)).isFalse();
  }

  @Test
  void ranksFollowTheStandardLevels() {
    assertThat(HeadingPatterns.rank(NumberingStyle.CHINESE_COMMA)).isEqualTo(1);
    assertThat(HeadingPatterns.rank(NumberingStyle.CHINESE_DOT)).isEqualTo(1);
    assertThat(HeadingPatterns.rank(NumberingStyle.CHINESE_HALFWIDTH_PAREN)).isEqualTo(2);
    assertThat(HeadingPatterns.rank(NumberingStyle.CHINESE_PAREN_COMMA)).isEqualTo(2);
    assertThat(HeadingPatterns.rank(NumberingStyle.ARABIC_COMMA)).isEqualTo(3);
    assertThat(HeadingPatterns.rank(NumberingStyle.ARABIC_FULLWIDTH_DOT)).isEqualTo(3);
    assertThat(HeadingPatterns.rank(NumberingStyle.ARABIC_HALFWIDTH_PAREN)).isEqualTo(4);
    assertThat(HeadingPatterns.rank(NumberingStyle.NONE)).isEqualTo(1);
  }
}
