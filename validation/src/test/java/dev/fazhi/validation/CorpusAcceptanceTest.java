package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every corpus seed with the reader, validates it with the default validator and checks the
 * expected JSON's {@code mustFind} and {@code mustNotFind}. Skips, saying why, when the corpus is not
 * there.
 */
class CorpusAcceptanceTest {

  static Stream<String> seeds() throws IOException {
    Path expected = corpus().resolve("seeds").resolve("expected");
    if (!Files.isDirectory(expected)) {
      return Stream.of("(corpus absent)");
    }
    try (Stream<Path> files = Files.list(expected)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
    }
  }

  private static Path corpus() {
    return Path.of(System.getProperty("fazhi.corpus",
          System.getProperty("fazhi.corpus.default", "../../shared/corpus")));
  }

  private static Report read(Path text) throws IOException {
    return ReportReader.defaults().read(text);
  }

  private static Optional<String> lineAt(Report report, Finding finding) {
    if (report.getSourceText().isEmpty() || finding.getLocation().isEmpty()) {
      return Optional.empty();
    }
    String[] lines = report.getSourceText().get().split("\r\n|\r|\n", -1);
    int line = finding.getLocation().get().getLine();
    return line <= lines.length ? Optional.of(lines[line - 1]) : Optional.empty();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedGivesWhatItsExpectedJsonSays(String name) throws Exception {
    Assumptions.assumeFalse(name.startsWith("("), "corpus not found at " + corpus().toAbsolutePath()
        + " (system property fazhi.corpus)");
    Path seeds = corpus().resolve("seeds");
    JsonNode expected = new ObjectMapper().readTree(seeds.resolve("expected").resolve(name + ".json").toFile());
    givesWhatItsExpectedJsonSays(seeds, name, expected);
  }

  /**
   * Reads the text an expected JSON names, validates it and checks {@code mustFind}, {@code mustNotFind}
   * and, where the JSON says {@code "noErrorOrWarning": true}, that no finding is an ERROR or WARNING.
   *
   * @param dir the folder of the texts
   * @param name the base name, for messages
   * @param expected the expected JSON
   */
  static void givesWhatItsExpectedJsonSays(Path dir, String name, JsonNode expected) throws IOException {
    Report report = read(dir.resolve(expected.path("text").asText(name + ".txt")));
    ValidationResult result = ReportValidator.defaults().validate(report);
    if (expected.path("noErrorOrWarning").asBoolean(false)) {
      assertThat(result.getFindings()).as(name + ": no ERROR or WARNING")
          .allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.INFO));
    }
    List<String> problems = new ArrayList<>();
    for (JsonNode must : expected.path("mustFind")) {
      String rule = must.path("rule").asText();
      List<Finding> found = result.findings(rule);
      boolean ok;
      if (must.has("quote")) {
        String quote = must.path("quote").asText();
        ok = found.stream().anyMatch(f -> f.getQuote().filter(q -> q.contains(quote)).isPresent()
            || lineAt(report, f).filter(l -> l.contains(quote)).isPresent());
      } else if (must.has("part")) {
        String part = must.path("part").asText();
        ok = found.stream().anyMatch(f -> f.getPart().map(Enum::name).filter(part::equals).isPresent());
      } else {
        ok = !found.isEmpty();
      }
      if (!ok) {
        problems.add("missing " + must + "; found " + found);
      }
    }
    for (JsonNode mustNot : expected.path("mustNotFind")) {
      String rule = mustNot.path("rule").asText();
      List<Finding> found = result.findings(rule);
      if (!found.isEmpty()) {
        problems.add("must not find " + rule + " but found " + found);
      }
    }
    assertThat(problems).as(name + ": " + result.getFindings()).isEmpty();
  }
}
