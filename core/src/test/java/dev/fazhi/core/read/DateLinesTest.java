package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date lines as reports write them. */
class DateLinesTest {

  @ParameterizedTest
  @CsvSource({"2020年4月9日,2020-04-09", "2021年12月31日,2021-12-31", "２０２１年３月１日,2021-03-01",
      "二〇二一年三月十五日,2021-03-15", "二○二○年十二月三十一日,2020-12-31", "（2022年1月5日）,2022-01-05",
      "2021-01-20,2021-01-20", "2021/1/20,2021-01-20", "2021.01.20,2021-01-20", "2020年 4月 9日,2020-04-09"})
  void pureDateLines(String line, String date) {
    assertThat(DateLines.pureDate(line).date()).isEqualTo(LocalDate.parse(date));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020年4月9日召开会议", "2020年度主要工作打算", "2020年2月30日", "2020年13月1日",
      "9999年1月1日", "2020年", "截至2020年12月"})
  void linesThatAreMoreOrLessThanADate(String line) {
    assertThat(DateLines.pureDate(line)).isNull();
  }

  @Test
  void aSignatureBeforeTheDate() {
    DateLines.Found found = DateLines.signedDate("某县卫生健康局 2021年1月19日");
    assertThat(found.date()).isEqualTo(LocalDate.of(2021, 1, 19));
    assertThat(found.start()).isEqualTo("某县卫生健康局 ".length());
    assertThat(DateLines.signedDate("我局于 2021年1月19日")).isNotNull();
    assertThat(DateLines.signedDate("会议决定，于 2021年1月19日")).isNull();
  }

  @ParameterizedTest
  @CsvSource({"'发布时间:2021-01-20 字体:【',2021-01-20", "'发布日期：2022年3月2日 来源：本站',2022-03-02",
      "'来源：区政府 发布时间： 2021/3/31 10:20',2021-03-31"})
  void publicationDates(String line, String date) {
    assertThat(DateLines.publicationDate(line).date()).isEqualTo(LocalDate.parse(date));
  }

  @Test
  void aPublicationLineWithoutDate() {
    assertThat(DateLines.publicationDate("发布时间：不详")).isNull();
  }
}
