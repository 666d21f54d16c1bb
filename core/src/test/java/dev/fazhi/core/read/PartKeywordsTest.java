package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Part;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
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
    assertThat(entry.example()).contains(entry.keyword());
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
  @ValueSource(strings = {"强化领导责任，提供有力保障", "加大法治宣传，落实“谁执法谁普法”", "依法全面履职，提高依法行政能力"})
  void thematicHeadingsNameNoPart(String heading) {
    assertThat(PartKeywords.partOf(heading)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"区委书记带头学法", "局党组书记任普法领导小组组长"})
  void leadersMentionedWithoutTheirDutyAreNoDiscussion(String paragraph) {
    assertThat(PartKeywords.discussionOf(Part.PRINCIPAL_RESPONSIBILITY, paragraph)).isNegative();
  }

  private static String stripLabel(String heading) {
    HeadingPatterns.Label label = HeadingPatterns.match(heading, 0);
    return label == null ? heading : heading.substring(label.end());
  }
}
