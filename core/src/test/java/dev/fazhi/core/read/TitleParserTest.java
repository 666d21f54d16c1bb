package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.AdministrativeLevel;
import dev.fazhi.core.model.Issuer;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles, the issuers and years they name. */
class TitleParserTest {

  private static java.util.ArrayList<CleanLine> lines(String text) {
    return LineCleaner.clean(new SourceText(text));
  }

  private static TitleParser.Title title(String text) {
    return TitleParser.find(lines(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "某市卫生健康局关于2019年法治\\n政府建设的情况报告\\n\\n现将情况报告如下：|某市卫生健康局关于2019年法治政府建设的情况报告|某市卫生健康局|2019",
      "某区司法局\\n\\n2020年法治政府建设年度情况报告\\n正文。|某区司法局2020年法治政府建设年度情况报告|某区司法局|2020",
      "当前位置:首页\\n某县人民政府2021年度法治政府建设(依法行政)工作情况\\n发布时间:2022-01-20|某县人民政府2021年度法治政府建设(依法行政)工作情况|某县人民政府|2021",
      "某市某区教育局２０２２年法治政府建设工作报告|某市某区教育局２０２２年法治政府建设工作报告|某市某区教育局|2022",
      "某县市场监督管理局二〇二一年法治政府建设情况报告|某县市场监督管理局二〇二一年法治政府建设情况报告|某县市场监督管理局|2021"})
  void titleIssuerAndYear(String text, String expectedTitle, String issuer, int year) {
    TitleParser.Title t = title(text.replace("\\n", "\n"));
    assertThat(t.text()).isEqualTo(expectedTitle);
    assertThat(TitleParser.issuerOf(t)).hasValueSatisfying(i -> assertThat(i.getName()).isEqualTo(issuer));
    assertThat(TitleParser.yearOf(t.text())).hasValue(year);
  }

  @Test
  void aDocumentNumberAboveTheTitleIsNoPartOfIt() {
    TitleParser.Title t = title("某卫字〔2020〕12号\n某县卫生健康局关于2019年法治政府建设情况的报告\n正文。");
    assertThat(t.text()).isEqualTo("某县卫生健康局关于2019年法治政府建设情况的报告");
    assertThat(t.lines()).containsExactly(0, 1);
    assertThat(TitleParser.issuerOf(t).get().getName()).isEqualTo("某县卫生健康局");
  }

  @Test
  void aTitleWithoutIssuerOrYear() {
    TitleParser.Title t = title("法治政府建设情况报告\n正文。");
    assertThat(TitleParser.issuerOf(t)).isEmpty();
    assertThat(TitleParser.yearOf(t.text())).isEmpty();
  }

  @Test
  void noTitleWhenTheTextStartsWithBody() {
    assertThat(title("一、主要举措和成效\n正文。")).isNull();
    assertThat(title("我局高度重视法治政府建设工作，全面推进依法行政。")).isNull();
  }

  @Test
  void aTitleIsAtMostThreeLines() {
    TitleParser.Title t = title("甲\n乙\n丙\n丁\n");
    assertThat(t.lines()).hasSize(3);
    assertThat(new ArrayList<>(t.lines())).containsExactly(0, 1, 2);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {"某某区卫生健康局,某某区,COUNTY", "某某县人民政府,某某县,COUNTY",
      "某某省司法厅,某某省,PROVINCIAL", "北京市司法局,北京市,PROVINCIAL", "某某市市场监督管理局,某某市,-",
      "某某市某某区卫生健康委员会,某某市某某区,COUNTY", "某某自治州卫生健康委,某某自治州,MUNICIPAL",
      "石门乡人民政府,石门乡,TOWNSHIP", "某某县青山镇人民政府,某某县青山镇,TOWNSHIP",
      "某某市某某区桥南街道办事处,某某市某某区桥南街道,TOWNSHIP", "某某县城镇管理局,某某县,COUNTY",
      "某某县乡村振兴局,某某县,COUNTY"})
  void regionAndLevelOfAnIssuer(String name, String region, AdministrativeLevel level) {
    Issuer issuer = TitleParser.issuer(name);
    assertThat(issuer.getName()).isEqualTo(name);
    assertThat(issuer.getRegion()).hasValue(region);
    assertThat(issuer.getLevel().orElse(null)).isEqualTo(level);
  }
}
