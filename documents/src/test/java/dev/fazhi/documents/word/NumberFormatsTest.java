package dev.fazhi.documents.word;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each format against the labels Word shows for it. The expected values are Word's outputs as its
 * number-format gallery shows them (一, 二 … 十, 十一 for chineseCounting; 壹 … 壹拾 for the legal
 * numerals; ① … ⑳ then plain digits); they were not produced by running Word in this build.
 */
class NumberFormatsTest {

  @ParameterizedTest
  @CsvSource({
      "1, chineseCounting, 一", "2, chineseCounting, 二", "9, chineseCounting, 九", "10, chineseCounting, 十",
      "11, chineseCounting, 十一", "19, chineseCounting, 十九", "20, chineseCounting, 二十",
      "21, chineseCounting, 二十一", "99, chineseCounting, 九十九", "100, chineseCounting, 一百",
      "101, chineseCounting, 一百零一", "110, chineseCounting, 一百一十", "0, chineseCounting, 〇",
      "10, chineseCountingThousand, 十", "15, chineseCountingThousand, 十五", "1000, chineseCountingThousand, 一千",
      "1001, chineseCountingThousand, 一千零一", "1010, chineseCountingThousand, 一千零一十",
      "10000, chineseCountingThousand, 一万", "10005, chineseCountingThousand, 一万零五",
      "1, chineseLegalSimplified, 壹", "10, chineseLegalSimplified, 壹拾", "11, chineseLegalSimplified, 壹拾壹",
      "20, chineseLegalSimplified, 贰拾", "105, chineseLegalSimplified, 壹佰零伍",
      "1, ideographTraditional, 甲", "3, ideographTraditional, 丙", "10, ideographTraditional, 癸",
      "11, ideographTraditional, 11", "1, ideographZodiac, 子", "12, ideographZodiac, 亥",
      "1, decimalEnclosedCircle, ①", "10, decimalEnclosedCircle, ⑩", "20, decimalEnclosedCircle, ⑳",
      "21, decimalEnclosedCircle, 21", "3, decimalEnclosedCircleChinese, ③",
      "1, decimalFullWidth, １", "12, decimalFullWidth, １２", "7, decimal, 7", "7, decimalZero, 07",
      "4, upperRoman, IV", "1994, upperRoman, MCMXCIV", "9, lowerRoman, ix", "1, upperLetter, A",
      "26, upperLetter, Z", "27, upperLetter, AA", "28, lowerLetter, bb", "5, none, ''", "3, bullet, ''",
      "3, someFutureFormat, 3", "102, ideographDigital, 一〇二"})
  void rendersAsWordDoes(int n, String format, String expected) {
    assertThat(NumberFormats.format(n, format)).isEqualTo(expected);
  }
}
