package dev.fazhi.benchmarks.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportTextGeneratorTest {

  private static final int SAMPLE = 300;
  private static final List<GeneratedReport> REPORTS = new ArrayList<>();

  @BeforeAll
  static void generateSample() {
    ReportTextGenerator.withSeed(20260401L).reports(SAMPLE).forEachRemaining(REPORTS::add);
  }

  @Test
  void theSameSeedGivesTheSameTexts() {
    ReportTextGenerator again = ReportTextGenerator.withSeed(20260401L);

    for (int i = 0; i < 40; i++) {
      assertThat(again.text(i)).isEqualTo(REPORTS.get(i).getText());
    }
  }

  @Test
  void anotherSeedGivesOtherTexts() {
    ReportTextGenerator other = ReportTextGenerator.withSeed(7L);

    for (int i = 0; i < 40; i++) {
      assertThat(other.text(i)).isNotEqualTo(REPORTS.get(i).getText());
    }
  }

  @Test
  void textsAreDistinct() {
    Set<String> texts = REPORTS.stream().map(GeneratedReport::getText).collect(Collectors.toSet());

    assertThat(texts).hasSize(SAMPLE);
  }

  @Test
  void everyTextIsFiveToTwentyFiveKilobytes() {
    for (GeneratedReport report : REPORTS) {
      assertThat(report.getUtf8Length()).as(report.toString())
          .isBetween(ReportTextGenerator.MIN_BYTES, ReportTextGenerator.MAX_BYTES);
    }
    assertThat(REPORTS.stream().mapToInt(GeneratedReport::getUtf8Length).max().orElseThrow())
        .as("the range is used, not only its middle").isGreaterThan(18 * 1024);
    assertThat(REPORTS.stream().mapToInt(GeneratedReport::getUtf8Length).min().orElseThrow())
        .isLessThan(9 * 1024);
  }

  @Test
  void everyVariantAppears() {
    assertThat(collect(r -> Set.of(r.getLayout()))).containsExactlyInAnyOrder(Layout.values());
    assertThat(collect(r -> Set.of(r.getPrincipalPlacement())))
        .containsExactlyInAnyOrder(PrincipalPlacement.values());
    assertThat(collect(GeneratedReport::getNoise)).containsExactlyInAnyOrder(Noise.values());
    assertThat(collect(GeneratedReport::getFaults)).containsExactlyInAnyOrder(Fault.values());
    assertThat(collect(r -> Set.of(r.getSecondLevelStyle()))).containsExactlyInAnyOrder(
        NumberingStyle.CHINESE_PAREN, NumberingStyle.ARABIC_DOT, NumberingStyle.ARABIC_COMMA,
        NumberingStyle.CHINESE_HALFWIDTH_PAREN, NumberingStyle.CHINESE_PAREN_COMMA,
        NumberingStyle.ARABIC_FULLWIDTH_DOT);
    assertThat(collect(r -> Set.of(r.getReportingYear())))
        .containsExactlyInAnyOrder(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
    assertThat(collect(r -> Set.of(r.isDated()))).containsExactlyInAnyOrder(true, false);
    assertThat(collect(r -> Set.of(r.hasOtherMatters()))).containsExactlyInAnyOrder(true, false);
    assertThat(collect(r -> Set.of(r.getIssuerName()))).hasSizeGreaterThan(100);
    assertThat(REPORTS.stream().filter(r -> r.getFaults().isEmpty()).count())
        .as("clean reports").isBetween(50L, 200L);
  }

  @Test
  void noiseStandsInTheTextExactlyWhenPlanned() {
    for (GeneratedReport report : REPORTS) {
      String text = report.getText();
      Set<Noise> noise = report.getNoise();
      assertThat(text.contains("当前位置")).as(report.toString()).isEqualTo(noise.contains(Noise.NAVIGATION));
      assertThat(text.contains("发布时间")).isEqualTo(noise.contains(Noise.PUBLICATION_LINE));
      assertThat(text.contains("[bookmark: _GoBack]")).isEqualTo(noise.contains(Noise.BOOKMARK));
      assertThat(text.contains("\u00a0")).isEqualTo(noise.contains(Noise.NO_BREAK_SPACES));
      assertThat(text.contains("\u3000")).isEqualTo(noise.contains(Noise.IDEOGRAPHIC_SPACES));
      assertThat(text).as(report.toString());
      assertThat(Pattern.compile("(?m)^.委、.政府：$").matcher(text).find())
          .isEqualTo(noise.contains(Noise.SALUTATION));
      if (noise.contains(Noise.RUN_ON_HEADING)) {
        assertThat(text).containsPattern("[^ \\n] {20,}\\S");
      }
    }
  }

  @Test
  void textualFaultsStandInTheTextExactlyWhenPlanned() {
    for (GeneratedReport report : REPORTS) {
      String text = report.getText();
      Set<Fault> faults = report.getFaults();
      assertThat(text.contains("，，") || text.contains("、、")).as(report.toString())
          .isEqualTo(faults.contains(Fault.DOUBLED_PUNCTUATION));
      assertThat(text.matches("(?s).*〔2[0-9IO]{3}〕.*") && text.matches("(?s).*〔[0-9]*[IO][0-9IO]*〕.*"))
          .as(report.toString()).isEqualTo(faults.contains(Fault.LETTER_IN_NUMBER));
      assertThat(text.contains("执法执法")).as(report.toString())
          .isEqualTo(faults.contains(Fault.REPEATED_PHRASE));
    }
  }

  @Test
  void arithmeticFaultsStandInTheModelExactlyWhenPlanned() {
    for (GeneratedReport report : REPORTS) {
      List<Figure> figures = report.toReport().allFigures();
      Set<Fault> faults = report.getFaults();
      assertThat(figures.stream().anyMatch(f -> f instanceof Breakdown b && b.partsSum() != b.getTotal()))
          .as(report.toString()).isEqualTo(faults.contains(Fault.WRONG_SUM));
      assertThat(figures.stream().anyMatch(f -> f instanceof TaskCompletion t
          && t.getCompleted() + t.getClosed().orElse(0) > t.getAssigned()))
          .as(report.toString()).isEqualTo(faults.contains(Fault.COMPLETED_EXCEEDS_ASSIGNED));
      assertThat(figures.stream().anyMatch(f -> f instanceof Rate r && !rateAgrees(r)))
          .as(report.toString()).isEqualTo(faults.contains(Fault.RATE_MISMATCH));
      assertThat(figures.stream().anyMatch(f -> f instanceof Subset s && s.getSubset() > s.getTotal()))
          .as(report.toString()).isEqualTo(faults.contains(Fault.SUBSET_EXCEEDS_TOTAL));
    }
  }

  @Test
  void numberingAndDateFaultsStandInTheModelExactlyWhenPlanned() {
    for (GeneratedReport report : REPORTS) {
      Report model = report.toReport();
      Set<Fault> faults = report.getFaults();
      List<List<Section>> siblingLists = new ArrayList<>();
      siblingLists.add(model.getSections());
      model.allSections().forEach(s -> siblingLists.add(s.getSections()));
      boolean duplicate = false;
      boolean gap = false;
      for (List<Section> siblings : siblingLists) {
        for (int i = 1; i < siblings.size(); i++) {
          int before = siblings.get(i - 1).getHeading().getNumber().orElse(-1);
          int now = siblings.get(i).getHeading().getNumber().orElse(-1);
          duplicate |= before > 0 && now == before;
          gap |= before > 0 && now > before + 1;
        }
      }
      assertThat(duplicate).as(report.toString()).isEqualTo(faults.contains(Fault.DUPLICATED_NUMBER));
      assertThat(gap).as(report.toString()).isEqualTo(faults.contains(Fault.SKIPPED_NUMBER));
      LocalDate deadline = LocalDate.of(model.getReportingYear().orElseThrow() + 1, 4, 1);
      LocalDate decisive = model.getPublishedOn().or(model::getSignedOn).orElse(deadline);
      assertThat(decisive.isAfter(deadline)).as(report.toString())
          .isEqualTo(faults.contains(Fault.LATE_PUBLICATION));
    }
  }

  @Test
  void thePrincipalLeadersDutiesStandWherePlanned() {
    for (GeneratedReport report : REPORTS) {
      Report model = report.toReport();
      boolean ownSection = model.partsWithSections().contains(Part.PRINCIPAL_RESPONSIBILITY);
      boolean embedded = model.getEmbeddedParts().containsKey(Part.PRINCIPAL_RESPONSIBILITY);
      switch (report.getPrincipalPlacement()) {
        case FIRST -> assertThat(model.getSections().get(0).getPart())
            .contains(Part.PRINCIPAL_RESPONSIBILITY);
        case OWN_SECTION -> assertThat(ownSection && !embedded).isTrue();
        case EMBEDDED -> assertThat(!ownSection && embedded).isTrue();
        case MISSING -> assertThat(report.getText()).doesNotContain("第一责任人", "主要负责人");
        default -> throw new AssertionError(report.getPrincipalPlacement());
      }
      assertThat(model.partsWithSections()).contains(Part.MEASURES_AND_RESULTS,
          Part.SHORTCOMINGS_AND_CAUSES, Part.NEXT_YEAR_PLAN);
      assertThat(model.sectionsOf(Part.MEASURES_AND_RESULTS).stream()
          .flatMap(s -> s.depthFirst().stream()).anyMatch(s -> !s.figures().isEmpty()))
          .as("the measures state figures").isTrue();
    }
  }

  @Test
  void modelLocationsPointAtWhatTheyLocate() {
    for (GeneratedReport report : REPORTS.subList(0, 100)) {
      String text = report.getText();
      Report model = report.toReport();
      for (Section section : model.allSections()) {
        int offset = section.getLocation().orElseThrow().getOffset();
        assertThat(text.startsWith(section.getHeading().fullText(), offset))
            .as(report + " heading " + section.getHeading().fullText()).isTrue();
      }
      for (Paragraph paragraph : model.allParagraphs()) {
        paragraph.getLocation().ifPresent(location -> assertThat(
            text.startsWith(paragraph.getText().substring(0, 8), location.getOffset()))
            .as(report + " paragraph " + paragraph.getText()).isTrue());
        for (Figure figure : paragraph.getFigures()) {
          int offset = figure.getLocation().orElseThrow().getOffset();
          String quote = figure.getQuote().orElseThrow();
          assertThat(text.startsWith(quote.substring(0, 4), offset)).as(report + " " + quote).isTrue();
          int line = figure.getLocation().orElseThrow().getLine();
          assertThat(text.split("\n", -1)[line - 1])
              .startsWith(text.substring(offset - figure.getLocation().orElseThrow().getColumn() + 1,
                  offset));
        }
      }
      model.getSignedOn().ifPresent(date -> assertThat(text.startsWith(
          date.getYear() + "年" + date.getMonthValue() + "月",
          model.getSignedOnLocation().orElseThrow().getOffset())).isTrue());
      model.getPublishedOn().ifPresent(date -> assertThat(text.startsWith(date.toString(),
          model.getPublishedOnLocation().orElseThrow().getOffset())).isTrue());
    }
  }

  @Test
  void theModelIsLargeEnoughToBeTypical() {
    long typical = REPORTS.stream().map(GeneratedReport::toReport)
        .filter(r -> r.allSections().size() >= 30 && r.allFigures().size() >= 40).count();

    assertThat(typical).isGreaterThan(0);
  }

  @Test
  void theModelSurvivesAJsonRoundTrip() {
    ReportJson json = ReportJson.defaults();
    for (GeneratedReport report : REPORTS.subList(0, 30)) {
      Report model = report.toReport(true);
      assertThat(json.read(json.write(model))).isEqualTo(model);
    }
  }

  @Test
  void iteratorsStreamExactlyTheRequestedCount() {
    ReportTextGenerator generator = ReportTextGenerator.withSeed(20260401L);
    Iterator<String> texts = generator.texts(3);
    List<String> seen = new ArrayList<>();
    texts.forEachRemaining(seen::add);

    assertThat(seen).containsExactly(REPORTS.get(0).getText(), REPORTS.get(1).getText(),
        REPORTS.get(2).getText());
    assertThatThrownBy(texts::next).isInstanceOf(NoSuchElementException.class);
    assertThat(generator.textStream(5).parallel().collect(Collectors.toList()))
        .containsExactlyElementsOf(REPORTS.subList(0, 5).stream().map(GeneratedReport::getText)
            .collect(Collectors.toList()));
    assertThat(generator.texts(1_000_000_000L).hasNext()).as("lazy: nothing is made up front").isTrue();
  }

  private static boolean rateAgrees(Rate rate) {
    int scale = rate.getRatePercent().scale();
    BigDecimal computed = BigDecimal.valueOf(rate.getNumerator() * 100)
        .divide(BigDecimal.valueOf(rate.getDenominator()), scale, RoundingMode.HALF_UP);
    return computed.compareTo(rate.getRatePercent()) == 0;
  }

  private static <T> Set<T> collect(java.util.function.Function<GeneratedReport, Set<T>> what) {
    Set<T> out = new HashSet<>();
    for (GeneratedReport report : REPORTS) {
      out.addAll(what.apply(report));
    }
    return out;
  }

  @SuppressWarnings("unused")
  private static final EnumSet<Fault> ALL_FAULTS = EnumSet.allOf(Fault.class);
}
