package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.AdministrativeLevel;
import dev.fazhi.core.model.Issuer;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of the smaller tables: title words, organ and region suffixes, publication keywords, report kinds. */
class SmallTablesTest {

  static Stream<String> titleWords() {
    return TitleParser.TITLE_WORDS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titleWords")
  void eachTitleWordEndsATitle(String word) {
    TitleParser.Title title = TitleParser.find(LineCleaner.clean(new SourceText(
        "某县司法局2023年法治政府建设" + word + "\n强化领导责任\n")));
    assertThat(title.text()).isEqualTo("某县司法局2023年法治政府建设" + word);
    assertThat(title.lines()).hasSize(1);
  }

  static Stream<String> headerMarkers() {
    return TitleParser.HEADER_MARKERS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headerMarkers")
  void eachHeaderMarkerAboveTheTitleIsSkipped(String marker) {
    TitleParser.Title title = TitleParser.find(LineCleaner.clean(new SourceText(
        marker + "1\n某县司法局2023年法治政府建设情况报告\n正文。\n")));
    assertThat(title.text()).isEqualTo("某县司法局2023年法治政府建设情况报告");
    assertThat(title.lines()).containsExactly(0, 1);
  }

  static Stream<String> organSuffixes() {
    return TitleParser.ORGAN_SUFFIXES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("organSuffixes")
  void eachOrganSuffixNamesAnIssuerAboveTheTitle(String suffix) {
    String organ = "某县某某" + suffix;
    assertThat(TitleParser.endsWithOrgan(organ)).isTrue();
    TitleParser.Title title = TitleParser.find(LineCleaner.clean(new SourceText(
        organ + "\n\n法治政府建设年度报告\n")));
    assertThat(title.issuerLine()).isEqualTo(organ);
    assertThat(TitleParser.issuerOf(title)).hasValueSatisfying(i -> assertThat(i.getName()).isEqualTo(organ));
  }

  static Stream<Arguments> regionSuffixes() {
    return TitleParser.REGION_SUFFIXES.stream().map(r -> Arguments.of(r[0], r[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regionSuffixes")
  void eachRegionSuffixGivesRegionAndLevel(String suffix, AdministrativeLevel level) {
    Issuer issuer = TitleParser.issuer("某某" + suffix + "卫生健康局");
    assertThat(issuer.getRegion()).hasValue("某某" + suffix);
    assertThat(issuer.getLevel().orElse(null)).isEqualTo(level);
  }

  static Stream<String> municipalities() {
    return TitleParser.MUNICIPALITIES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("municipalities")
  void eachMunicipalityIsProvincial(String city) {
    assertThat(TitleParser.issuer(city + "司法局").getLevel()).hasValue(AdministrativeLevel.PROVINCIAL);
  }

  static Stream<String> publicationKeywords() {
    return DateLines.PUBLICATION_KEYWORDS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicationKeywords")
  void eachPublicationKeywordGivesTheDateAfterIt(String keyword) {
    DateLines.Found found = DateLines.publicationDate("来源：本站 " + keyword + "：2024-03-05 09:30");
    assertThat(found.date()).isEqualTo(LocalDate.of(2024, 3, 5));
  }

  static Stream<String> ruleOfLawWords() {
    return ReportKinds.RULE_OF_LAW_WORDS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleOfLawWords")
  void eachRuleOfLawWordNamesAReport(String word) {
    assertThat(ReportKinds.namesRuleOfLawReport("某县司法局2023年" + word + "工作报告")).isTrue();
    assertThat(ReportKinds.namesOtherReport("某县司法局2023年" + word + "和信息公开工作报告")).isFalse();
  }

  static Stream<String> otherReportWords() {
    return ReportKinds.OTHER_REPORT_WORDS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherReportWords")
  void eachOtherReportWordNamesAnotherReport(String word) {
    assertThat(ReportKinds.namesOtherReport("某县卫生健康局2023年政府" + word + "工作年度报告")).isTrue();
  }
}
