package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.FigureKind;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.RateBound;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of the figure tables does what it says, on a sentence written for it. */
class FigurePatternsTest {

  static Stream<FigurePatterns.RateEntry> rates() {
    return FigurePatterns.RATES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rates")
  void eachRateIsReadFromItsExample(FigurePatterns.RateEntry entry) {
    assertThat(entry.example()).contains(entry.word());
    List<Figure> figures = Figures.of(entry.example() + "。");
    if (entry.kind() == FigurePatterns.RateKind.RATIO) {
      List<Rate> rates = figures.stream().filter(Rate.class::isInstance).map(Rate.class::cast).toList();
      assertThat(rates).hasSize(1);
      Rate rate = rates.get(0);
      assertThat(rate.getNumerator()).isLessThanOrEqualTo(rate.getDenominator());
      assertThat(rate.getSubject()).endsWith(entry.word());
      assertThat(rate.getQuote().get()).endsWith("%");
    } else {
      List<TaskCompletion> tasks = figures.stream().filter(TaskCompletion.class::isInstance)
          .map(TaskCompletion.class::cast).toList();
      assertThat(tasks).hasSize(1);
      assertThat(tasks.get(0).getClosed()).isPresent();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rates")
  void eachRateIsNotReadWithoutItsNumerator(FigurePatterns.RateEntry entry) {
    // the rate alone, after a count that is no numerator of it
    assertThat(Figures.of("收到材料30份，" + entry.word() + "90%。"))
        .noneMatch(f -> f instanceof Rate || f instanceof TaskCompletion);
  }

  static Stream<String> exclusions() {
    return FigurePatterns.RATE_EXCLUSIONS.stream();
  }

  @ParameterizedTest(name = "{0}办结率")
  @MethodSource("exclusions")
  void qualifiedRatesAreNoRatioOfTheCountsBeforeThem(String qualifier) {
    assertThat(Figures.of("受理2177宗，办结2102宗，" + qualifier + "办结率100%。"))
        .noneMatch(f -> f instanceof Rate);
  }

  static Stream<String> countUnits() {
    return FigurePatterns.COUNT_UNITS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("countUnits")
  void eachMeasureWordMakesACount(String unit) {
    List<Count> counts = Figures.of("全年开展检查37" + unit + "，成效明显。", FigureKind.COUNT);
    assertThat(counts).singleElement().satisfies(c -> {
      assertThat(c.getValue()).isEqualTo(37);
      assertThat(c.getUnit()).isEqualTo(unit);
      assertThat(c.isApproximate()).isFalse();
      assertThat(c.getQuote()).hasValue("全年开展检查37" + unit);
    });
  }

  static Stream<String> notCountUnits() {
    return FigurePatterns.NOT_COUNT_UNITS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notCountUnits")
  void eachUnitOfTimeMakesNoCount(String unit) {
    assertThat(Figures.of("历时12" + unit + "完成。")).isEmpty();
  }

  static Stream<String> approximateBefore() {
    return FigurePatterns.APPROXIMATE_BEFORE.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("approximateBefore")
  void eachMarkBeforeMakesAnApproximateCount(String mark) {
    assertThat(Figures.<Count>of("参加培训" + mark + "300人次。", FigureKind.COUNT))
        .singleElement().satisfies(c -> {
          assertThat(c.isApproximate()).isTrue();
          assertThat(c.getValue()).isEqualTo(300);
        });
  }

  static Stream<String> approximateBetween() {
    return FigurePatterns.APPROXIMATE_BETWEEN.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("approximateBetween")
  void eachMarkBetweenMakesAnApproximateCount(String mark) {
    assertThat(Figures.<Count>of("主动公开政府信息2000" + mark + "条。", FigureKind.COUNT))
        .singleElement().satisfies(c -> {
          assertThat(c.isApproximate()).isTrue();
          assertThat(c.getValue()).isEqualTo(2000);
          assertThat(c.getUnit()).isEqualTo("条");
        });
  }

  static Stream<String> approximateAfter() {
    return FigurePatterns.APPROXIMATE_AFTER.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("approximateAfter")
  void eachMarkAfterMakesAnApproximateCount(String mark) {
    assertThat(Figures.<Count>of("受益人次10万人" + mark + "。", FigureKind.COUNT))
        .singleElement().satisfies(c -> {
          assertThat(c.isApproximate()).isTrue();
          assertThat(c.getValue()).isEqualTo(100_000);
        });
  }

  static Stream<Arguments> approximateWords() {
    return FigurePatterns.APPROXIMATE_WORDS.stream().map(w -> Arguments.of(w[0], w[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("approximateWords")
  void eachDigitlessQuantityIsAnApproximateCount(String word, Long value) {
    assertThat(Figures.<Count>of("购置普法材料" + word + "册。", FigureKind.COUNT))
        .singleElement().satisfies(c -> {
          assertThat(c.isApproximate()).isTrue();
          assertThat(c.getValue()).isEqualTo(value);
        });
  }

  static Stream<String> atLeast() {
    return FigurePatterns.AT_LEAST.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("atLeast")
  void eachLowerBoundMarkBoundsTheRate(String mark) {
    String sentence = mark.equals("以上") ? "检查单位200家，立案50起，处罚率25%以上。"
        : "检查单位200家，立案50起，处罚率" + mark + "25%。";
    assertThat(Figures.<Rate>of(sentence, FigureKind.RATE)).singleElement()
        .satisfies(r -> assertThat(r.getRateBound()).isEqualTo(RateBound.AT_LEAST));
  }

  static Stream<String> atMost() {
    return FigurePatterns.AT_MOST.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("atMost")
  void eachUpperBoundMarkBoundsTheRate(String mark) {
    String sentence = mark.equals("以下") ? "检查单位200家，立案50起，处罚率25%以下。"
        : "检查单位200家，立案50起，处罚率" + mark + "25%。";
    assertThat(Figures.<Rate>of(sentence, FigureKind.RATE)).singleElement()
        .satisfies(r -> assertThat(r.getRateBound()).isEqualTo(RateBound.AT_MOST));
  }

  static Stream<String> links() {
    return FigurePatterns.RATE_LINKS.stream()
        .filter(l -> !FigurePatterns.AT_LEAST.contains(l) && !FigurePatterns.AT_MOST.contains(l));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("links")
  void eachLinkBetweenRateAndValueIsSkipped(String link) {
    assertThat(Figures.<Rate>of("检查单位200家，立案50起，处罚率" + link + "25%。", FigureKind.RATE))
        .singleElement().satisfies(r -> assertThat(r.getRateBound()).isEqualTo(RateBound.EXACT));
  }

  static Stream<String> closedWords() {
    return FigurePatterns.CLOSED_WORDS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("closedWords")
  void eachClosedWordCountsTowardsCompletion(String word) {
    assertThat(Figures.<TaskCompletion>of("抽检任务80家，完成76家（" + word + "4家），完成率100%。",
        FigureKind.TASK_COMPLETION)).singleElement().satisfies(t -> {
          assertThat(t.getAssigned()).isEqualTo(80);
          assertThat(t.getCompleted()).isEqualTo(76);
          assertThat(t.getClosed()).hasValue(4);
        });
  }

  static Stream<String> assignedWords() {
    return FigurePatterns.ASSIGNED_WORDS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("assignedWords")
  void eachAssignedWordNamesTheTasksAssigned(String word) {
    assertThat(Figures.<TaskCompletion>of("出动人员9人次，" + word + "单位100家，出动车辆7辆，完成98家，关闭2家，完成率100%。",
        FigureKind.TASK_COMPLETION)).singleElement().satisfies(t -> assertThat(t.getAssigned()).isEqualTo(100));
  }

  static Stream<String> qualifiers() {
    return FigurePatterns.SUBSET_QUALIFIERS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("qualifiers")
  void eachQualifierMakesASubset(String qualifier) {
    assertThat(Figures.<Subset>of("作出行政处罚50件，行政处罚" + qualifier + "20件。", FigureKind.SUBSET))
        .singleElement().satisfies(s -> {
          assertThat(s.getTotal()).isEqualTo(50);
          assertThat(s.getSubset()).isEqualTo(20);
          assertThat(s.getQuote().get()).contains("行政处罚" + qualifier + "20件");
        });
  }

  static Stream<String> subsetVerbs() {
    return FigurePatterns.SUBSET_VERBS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("subsetVerbs")
  void eachVerbMakesASubsetOfTheCountBefore(String verb) {
    assertThat(Figures.<Subset>of("提出法律意见50条，" + verb + "40条。", FigureKind.SUBSET)).singleElement()
        .satisfies(s -> assertThat(s.getTotal() + "/" + s.getSubset()).isEqualTo("50/40"));
  }

  static Stream<String> ofWhichPrefixes() {
    return FigurePatterns.OF_WHICH_PREFIXES.stream();
  }

  @ParameterizedTest(name = "{0}其中")
  @MethodSource("ofWhichPrefixes")
  void eachPrefixMayStandBeforeOfWhich(String prefix) {
    assertThat(Figures.<Subset>of("审核文件43件，" + prefix + "其中5件提出意见。", FigureKind.SUBSET)).hasSize(1);
  }

  static Stream<String> ofWhich() {
    return FigurePatterns.OF_WHICH.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ofWhich")
  void eachOfWhichWordOpensABreakdown(String word) {
    assertThat(Figures.of("共收到申请9件，" + word + "当面申请2件、信函7件。", FigureKind.BREAKDOWN)).hasSize(1);
  }

  static Stream<String> fillers() {
    return Stream.concat(FigurePatterns.SUBJECT_FILLERS_BEFORE.stream().map(f -> f + "检查单位|检查单位"),
        FigurePatterns.SUBJECT_FILLERS_AFTER.stream().map(f -> "检查单位" + f + "|检查单位"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fillers")
  void eachFillerIsDroppedFromSubjects(String example) {
    String[] parts = example.split("\\|");
    assertThat(Subjects.trimFillers(parts[0])).isEqualTo(parts[1]);
  }
}
