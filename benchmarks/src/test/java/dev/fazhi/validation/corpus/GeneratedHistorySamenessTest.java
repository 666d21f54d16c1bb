package dev.fazhi.validation.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.benchmarks.corpus.CorpusSetGenerator;
import dev.fazhi.benchmarks.gen.ReportTextGenerator;
import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * On generated sets, history read by {@link CorpusCheck#historyReader()} (no figures) gives the same
 * digests, field by field, and the same findings as history read by the full reader: the generated
 * national set of {@code CorpusRun} (planted reuse, duplicates, year-on-year changes) at 600 issuers,
 * and 1 000 texts of the benchmark generator, whose layouts, tables and figures vary most.
 */
class GeneratedHistorySamenessTest {

  private static final ReportReader FULL = ReportReader.builder().build();
  private static final ReportReader LIGHT = CorpusCheck.historyReader();

  private static List<String> run(CorpusSetGenerator generator, ReportReader historyReader) {
    CorpusCheck check = CorpusCheck.builder().locale(Locale.CHINA).commonWording(200, 5, 0.1).build();
    for (int i = 0; i < generator.count(); i++) {
      check.add(historyReader.read(generator.history(i), "2023/" + i), "2023/" + i, Role.HISTORY);
      check.add(FULL.read(generator.current(i), "2024/" + i), "2024/" + i, Role.CHECKED);
    }
    return DigestSameness.findings(check.finish());
  }

  @Test
  void theNationalSetGivesTheSameFindingsWithHistoryReadEitherWay() {
    CorpusSetGenerator generator = new CorpusSetGenerator(20260401L, 600);
    List<String> full = run(generator, FULL);
    List<String> light = run(generator, LIGHT);
    assertThat(light).isEqualTo(full);
    assertThat(full).anyMatch(f -> f.contains("corpus.reused-text") && f.contains("-> 2023/"));
    assertThat(full).anyMatch(f -> f.contains("corpus.year-on-year-mismatch") && f.contains("-> 2023/"));
    assertThat(full).anyMatch(f -> f.contains("corpus.duplicate-report"));
  }

  @Test
  void generatedTextsGiveTheSameDigestsReadEitherWay() {
    CorpusCheck check = CorpusCheck.builder().commonWording(50, 5, 0.1).build();
    ReportTextGenerator texts = ReportTextGenerator.withSeed(20260401L);
    int compared = 0;
    int figures = 0;
    for (int i = 0; i < 1000; i++) {
      String text = texts.text(i);
      Report full;
      try {
        full = FULL.read(text, "t" + i);
      } catch (ReportFormatException e) {
        continue;
      }
      Report light = LIGHT.read(text, "t" + i);
      ReportDigest a = check.digest(full, "t" + i, Role.HISTORY);
      ReportDigest b = check.digest(light, "t" + i, Role.HISTORY);
      assertThat(DigestSameness.describe(b)).as("text " + i).isEqualTo(DigestSameness.describe(a));
      assertThat(DigestSameness.sameFigures(a, b)).as("text " + i).isTrue();
      figures += a.figures.size();
      compared++;
      if (i < 60) {
        check.add(a); // learn the common wording, so that later digests are fingerprinted too
      }
    }
    assertThat(compared).isGreaterThan(900);
    assertThat(figures).isGreaterThan(compared);
  }

  /** Passages fingerprinted and packed as the text is read are those fingerprinted after learning. */
  @Test
  void generatedReportsGiveTheSameDigestPackedAsReadOrAfterLearning() {
    CorpusSetGenerator generator = new CorpusSetGenerator(20260401L, 300);
    OrganTable table = OrganTable.builtIn();
    CommonWording common = new CommonWording(100, 5, 0.1);
    for (int i = 0; i < 100; i++) {
      common.count(ReportDigest.of(FULL.read(generator.current(i), "c"), "c", Role.CHECKED, table, null, 50,
          new ReportDigest.Scratch()).distinctShingles);
    }
    common.freeze();
    int passages = 0;
    for (int i = 0; i < generator.count(); i++) {
      for (Report report : List.of(LIGHT.read(generator.history(i), "h" + i), FULL.read(generator.current(i), "c" + i))) {
        Role role = report.getSource().orElse("").startsWith("c") ? Role.CHECKED : Role.HISTORY;
        ReportDigest later = ReportDigest.of(report, "r" + i, role, table, null, 50, new ReportDigest.Scratch());
        later.fingerprintPassages(common, 50);
        ReportDigest asRead = ReportDigest.of(report, "r" + i, role, table, common, 50, new ReportDigest.Scratch());
        assertThat(DigestSameness.describe(asRead)).as("report " + i).isEqualTo(DigestSameness.describe(later));
        assertThat(DigestSameness.sameFigures(asRead, later)).isTrue();
        passages += asRead.passageCount;
      }
    }
    assertThat(passages).as("passages kept").isGreaterThan(generator.count());
  }
}
