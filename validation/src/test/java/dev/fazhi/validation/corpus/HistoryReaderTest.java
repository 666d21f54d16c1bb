package dev.fazhi.validation.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * History reports read by {@link CorpusCheck#historyReader()} (no figures) give the same digests, field
 * by field, and the same findings as read by the full reader: on the project's corpus sample sets, and
 * on the sets of {@link CorpusCheckTest}'s kind written here.
 */
class HistoryReaderTest {

  private static final Path SAMPLES = Path.of("../corpus-samples");
  private static final ReportReader FULL = ReportReader.builder().build();
  private static final ReportReader LIGHT = CorpusCheck.historyReader();

  private static List<Path> files(String year) throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES.resolve(year))) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void theLightReaderLeavesOutFiguresAndNothingElseOfWhatADigestTakes() throws IOException {
    CorpusCheck check = CorpusCheck.builder().build();
    int figures = 0;
    for (String year : List.of("2022", "2023", "2024")) {
      for (Path file : files(year)) {
        Report full = FULL.read(file);
        Report light = LIGHT.read(file);
        figures += full.allFigures().size();
        assertThat(light.allFigures()).isEmpty();
        ReportDigest a = check.digest(full, file.toString(), Role.HISTORY);
        ReportDigest b = check.digest(light, file.toString(), Role.HISTORY);
        assertThat(DigestSameness.describe(b)).isEqualTo(DigestSameness.describe(a));
        assertThat(DigestSameness.sameFigures(a, b)).isTrue();
        assertThat(a.figures.size()).as(file.toString()).isPositive();
      }
    }
    assertThat(figures).as("the full reader does extract figures").isGreaterThan(10);
    assertThat(LIGHT.figures()).isFalse();
    assertThat(FULL.figures()).isTrue();
  }

  private static List<String> projectSets(ReportReader historyReader) throws Exception {
    CorpusCheck check = CorpusCheck.builder().locale(Locale.CHINA)
        .roster(Roster.parse(Files.readString(SAMPLES.resolve("roster.csv"), StandardCharsets.UTF_8))).build();
    for (String year : List.of("2022", "2023")) {
      for (Path file : files(year)) {
        check.add(historyReader.read(file), file.toString(), Role.HISTORY);
      }
    }
    for (Path file : files("2024")) {
      check.add(FULL.read(file), file.toString(), Role.CHECKED);
    }
    return DigestSameness.findings(check.finish());
  }

  @Test
  void theProjectSetsGiveTheSameFindingsWithHistoryReadEitherWay() throws Exception {
    List<String> full = projectSets(FULL);
    List<String> light = projectSets(LIGHT);
    assertThat(light).isEqualTo(full);
    // what the history gives must be there, or the comparison proves nothing
    assertThat(full).anyMatch(f -> f.contains("corpus.reused-text") && f.contains("qingxi-justice-2023.txt:8"));
    assertThat(full).anyMatch(f -> f.contains("corpus.year-on-year-mismatch")
        && f.contains("qingxi-justice-2023.txt:10"));
  }

  @Test
  void generatedSetsGiveTheSameFindingsWithHistoryReadEitherWay() {
    for (long seed = 1; seed <= 3; seed++) {
      List<String> full = generated(seed, FULL);
      List<String> light = generated(seed, LIGHT);
      assertThat(light).as("seed " + seed).isEqualTo(full);
      assertThat(full).anyMatch(f -> f.contains("corpus.reused-text") && f.contains("-> history-"));
      assertThat(full).anyMatch(f -> f.contains("corpus.year-on-year-mismatch") && f.contains("-> history-"));
    }
  }

  /**
   * Twelve issuers' reports of 2023 (history) and 2024 (checked): each 2024 report copies its own 2023
   * paragraph in one case of three and states a change on a 2023 figure, right or wrong.
   */
  private static List<String> generated(long seed, ReportReader historyReader) {
    CorpusCheck check = CorpusCheck.builder().locale(Locale.CHINA).build();
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    List<String[]> issuers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String issuer = "青溪县" + "甲乙丙丁戊己庚辛壬癸子丑".charAt(i) + "局";
      int cases = 100 + random.nextInt(400);
      String old = CorpusCheckTest.paragraph(seed * 100 + i, 120 + random.nextInt(100));
      String then = "全年办理行政复议案件" + cases + "件，与上年持平，审结率达到百分之九十以上。";
      String history = CorpusCheckTest.text(issuer, 2023, old, then,
          CorpusCheckTest.paragraph(seed * 1000 + i, 150));
      check.add(historyReader.read(history, "history-" + i), "history-" + i, Role.HISTORY);
      int now = cases + 10 + random.nextInt(50);
      String claim = "全年办理行政复议案件" + now + "件，同比增长" + (i % 2 == 0
          ? new java.math.BigDecimal(100.0 * (now - cases) / cases).setScale(1, java.math.RoundingMode.HALF_UP)
          : "3.0") + "%。";
      String copied = i % 3 == 0 ? old : CorpusCheckTest.paragraph(seed * 200 + i, 150);
      String current = CorpusCheckTest.text(issuer, 2024, copied, claim,
          CorpusCheckTest.paragraph(seed * 2000 + i, 180));
      check.add(FULL.read(current, "current-" + i), "current-" + i, Role.CHECKED);
    }
    return DigestSameness.findings(check.finish());
  }
}
