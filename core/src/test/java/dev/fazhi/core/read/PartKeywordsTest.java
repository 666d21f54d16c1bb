package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every keyword of the part table recognises its example heading as its part. */
class PartKeywordsTest {

  static Stream<PartKeywords.Entry> entries() {
    return PartKeywords.ENTRIES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void eachEntryRecognisesItsExample(PartKeywords.Entry entry) {
    assertThat(entry.isIn(entry.example())).as(entry.keyword()).isTrue();
    String text = stripLabel(entry.example());
    assertThat(PartKeywords.partOf(text)).hasValue(entry.part());
  }

  static Stream<PartKeywords.Embedded> embedded() {
    return PartKeywords.EMBEDDED.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("embedded")
  void eachDiscussionKeywordIsFound(PartKeywords.Embedded entry) {
    String paragraph = "我局高度重视法治建设，" + entry.example() + "，多次研究部署。";
    assertThat(PartKeywords.discussionOf(entry.part(), paragraph)).isGreaterThan(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "一、2019年法治建设情况|MEASURES_AND_RESULTS", "一、主要工作开展情况|MEASURES_AND_RESULTS",
      "一、2021年推进法治政府建设主要举措和成效|MEASURES_AND_RESULTS", "一、工作完成情况|MEASURES_AND_RESULTS",
      "二、存在的问题及对策|SHORTCOMINGS_AND_CAUSES", "二、存在的问题|SHORTCOMINGS_AND_CAUSES",
      "二、存在问题和困难|SHORTCOMINGS_AND_CAUSES", "六、存在的不足|SHORTCOMINGS_AND_CAUSES",
      "2020年度推进法治政府建设存在的不足和原因|SHORTCOMINGS_AND_CAUSES",
      "2020年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况|PRINCIPAL_RESPONSIBILITY",
      "一、2025年党政主要负责人履行推进法治政府建设第一责任人职责情况|PRINCIPAL_RESPONSIBILITY",
      "四、2020年度主要工作打算|NEXT_YEAR_PLAN", "三、2021年的工作打算|NEXT_YEAR_PLAN", "三、下一步工作思路|NEXT_YEAR_PLAN",
      "六、下一步打算|NEXT_YEAR_PLAN", "2021年度推进法治政府建设的主要安排|NEXT_YEAR_PLAN",
      "三、其他需要说明的问题|OTHER_MATTERS", "一、2020年重点工作完成情况|MEASURES_AND_RESULTS"})
  void theHeadingsOfTheOutlineTable(String heading, Part part) {
    assertThat(PartKeywords.partOf(stripLabel(heading))).hasValue(part);
  }

  @ParameterizedTest
  @ValueSource(strings = {"强化领导责任，提供有力保障", "加大法治宣传，落实“谁执法谁普法”", "依法全面履职，提高依法行政能力"})
  void thematicHeadingsNameNoPart(String heading) {
    assertThat(PartKeywords.partOf(heading)).isEmpty();
  }

  static Stream<String> neverInHeadings() {
    return PartKeywords.NEVER_IN_HEADINGS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("neverInHeadings")
  void theOpeningSentenceNamesNoPart(String word) {
    assertThat(PartKeywords.partOf(word + "我局2022年法治政府建设工作情况报告如下")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"区委书记带头学法", "局党组书记任普法领导小组组长"})
  void leadersMentionedWithoutTheirDutyAreNoDiscussion(String paragraph) {
    assertThat(PartKeywords.discussionOf(Part.PRINCIPAL_RESPONSIBILITY, paragraph)).isNegative();
  }

  @ParameterizedTest
  @ValueSource(strings = {"存在的主要问题", "存在的突出问题和原因", "存在主要问题及整改措施", "存在的一些不足"})
  void twoWordsAFewCharactersApartNameTheShortcomings(String heading) {
    assertThat(PartKeywords.partOf(heading)).hasValue(Part.SHORTCOMINGS_AND_CAUSES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"聚焦存在安全隐患的行业领域开展专项整治，解决群众反映的问题", "存在感强的服务窗口建设问题"})
  void trapTheTwoWordsFarApartNameNoPart(String heading) {
    assertThat(PartKeywords.partOf(heading)).isEmpty();
  }

  private static String stripLabel(String heading) {
    HeadingPatterns.Label label = HeadingPatterns.match(heading, 0);
    return label == null ? heading : heading.substring(label.end());
  }

  /**
   * Seeded: headings made of the table's words, their halves and other characters name the part the
   * loops over both tables would name.
   */
  @Test
  void agreesWithTryingEveryWordInOrder() {
    SplittableRandom random = new SplittableRandom(20261203L);
    List<String> pieces = new ArrayList<>(List.of("的", "主要", "和", "，", "情况",
        "一、", "法治", "1"));
    for (PartKeywords.Entry entry : PartKeywords.ENTRIES) {
      pieces.add(entry.keyword().replace("…", ""));
      pieces.add(entry.keyword().substring(0, 1));
      pieces.add(entry.keyword().substring(entry.keyword().length() - 1));
    }
    pieces.addAll(PartKeywords.NEVER_IN_HEADINGS);
    int named = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(7); k > 0; k--) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      String heading = b.toString();
      Optional<Part> expected = partTryingEveryWord(heading);
      assertThat(PartKeywords.partOf(heading)).as(heading).isEqualTo(expected);
      named += expected.isPresent() ? 1 : 0;
      for (PartKeywords.Entry entry : PartKeywords.ENTRIES) {
        boolean startsSomewhere = false;
        for (int at = 0; at <= heading.length(); at++) {
          startsSomewhere |= entry.startsAt(heading, at);
        }
        assertThat(startsSomewhere).as("%s in %s", entry.keyword(), heading).isEqualTo(entry.isIn(heading));
      }
    }
    assertThat(named).isGreaterThan(5_000);
  }

  /** The loops over both tables that {@link PartKeywords#partOf} stands for. */
  private static Optional<Part> partTryingEveryWord(String headingText) {
    for (String word : PartKeywords.NEVER_IN_HEADINGS) {
      if (headingText.contains(word)) {
        return Optional.empty();
      }
    }
    for (PartKeywords.Entry entry : PartKeywords.ENTRIES) {
      if (entry.isIn(headingText)) {
        return Optional.of(entry.part());
      }
    }
    return Optional.empty();
  }
}
