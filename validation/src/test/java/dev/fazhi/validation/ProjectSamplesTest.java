package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's own sample reports (samples/, written for the project) give exactly the findings their
 * README lists: rule ids and lines. Read from their JSON form, with and without the source text.
 */
class ProjectSamplesTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  private static Report read(String name, boolean withText) throws IOException {
    // samples/ is part of the repository: without it the checkout is broken, so fail, never skip.
    assertThat(SAMPLES).as("samples/ at the repository root").isDirectory();
    Report report = ReportJson.defaults().read(SAMPLES.resolve(name + ".json"));
    if (!withText) {
      return report;
    }
    String text = Files.readString(SAMPLES.resolve(name + ".txt"), StandardCharsets.UTF_8);
    return ImmutableReport.copyOf(report).withSourceText(text);
  }

  /** Rule id → the lines its findings stand on (0 for no location). */
  private static Map<String, Set<Integer>> linesByRule(Report report) {
    Map<String, Set<Integer>> out = new TreeMap<>();
    for (Finding finding : ReportValidator.defaults().validate(report).getFindings()) {
      out.computeIfAbsent(finding.getRule(), k -> new TreeSet<>())
          .add(finding.getLocation().map(l -> l.getLine()).orElse(0));
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theCleanSampleHasNoFinding(boolean withText) throws IOException {
    assertThat(ReportValidator.defaults().validate(read("qingshan-justice-2024-clean", withText))
        .getFindings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theWebCopyGivesTheListedFindings(boolean withText) throws IOException {
    Report report = read("yunxi-market-2023-webcopy", withText);
    Map<String, Set<Integer>> expected = new TreeMap<>(Map.of(
        "outline.part-missing", Set.of(0),
        "meta.publication-late", Set.of(4),
        "metric.completed-exceeds-assigned", Set.of(14),
        "metric.breakdown-sum", Set.of(16),
        "text.repeated-phrase", Set.of(16),
        "text.doubled-punctuation", Set.of(22),
        "outline.numbering-gap", Set.of(21),
        "outline.numbering-style", Set.of(13)));
    if (withText) {
      expected.put("text.editor-residue", Set.of(1, 4, 9));
    }
    assertThat(linesByRule(report)).isEqualTo(expected);
    assertThat(ReportValidator.defaults().validate(report).first("outline.part-missing")
        .orElseThrow().getPart()).contains(Part.SHORTCOMINGS_AND_CAUSES);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theThematicSampleGivesTheListedFindings(boolean withText) throws IOException {
    Report report = read("linjiang-ecology-2022-thematic", withText);
    Map<String, Set<Integer>> expected = new TreeMap<>(Map.of(
        "outline.part-embedded", Set.of(8),
        "outline.numbering-missing", Set.of(6, 11, 16, 23, 28),
        "outline.numbering-duplicate", Set.of(38),
        "outline.numbering-gap", Set.of(33),
        "meta.year-mismatch", Set.of(38),
        "meta.date-before-period-end", Set.of(46),
        "metric.rate-mismatch", Set.of(18),
        "text.letter-in-number", Set.of(13)));
    assertThat(linesByRule(report)).isEqualTo(expected);
  }
}
