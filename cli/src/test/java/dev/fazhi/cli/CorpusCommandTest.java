package dev.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fazhi.validation.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code fazhi check --format json} on the acceptance corpus seeds, all at once as a user would,
 * and holds each report's output to its {@code expected/NAME.json}: issuer, year, dates, parts, the
 * listed metrics, every {@code mustFind} and no {@code mustNotFind}. Also checks the output's shape.
 * Skips, saying so, when {@code ../shared/corpus} is absent.
 */
class CorpusCommandTest {

  private static Path seeds() {
    Path corpus = Path.of(System.getProperty("fazhi.corpus",
          System.getProperty("fazhi.corpus.default", "../../shared/corpus")));
    Path seeds = corpus.resolve("seeds");
    if (!Files.isDirectory(seeds.resolve("expected"))) {
      String message = "SKIPPED: acceptance corpus not found at " + corpus.toAbsolutePath().normalize();
      System.out.println(message);
      Assumptions.abort(message);
    }
    return seeds;
  }

  @TestFactory
  Stream<DynamicTest> commandOutputMatchesTheExpectedResults() throws IOException {
    Path seeds = seeds();
    List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--locale", "zh-CN"));
    try (Stream<Path> files = Files.list(seeds)) {
      // The texts only: seeds/expected/*.json are expectations, not reports.
      files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> args.add(f.toString()));
    }
    CliRun run = CliRun.run(args.toArray(new String[0]));
    JsonNode json = run.json();
    Map<String, JsonNode> bySource = new HashMap<>();
    json.get("reports").forEach(r -> bySource.put(Path.of(r.get("source").asText()).getFileName().toString(), r));
    List<Path> expectedFiles;
    try (Stream<Path> files = Files.list(seeds.resolve("expected"))) {
      expectedFiles = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(expectedFiles).isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("every seed is a report, none an error", () -> {
      assertThat(json.get("errors")).as(run.toString()).isEmpty();
      assertThat(json.get("reports")).hasSize(expectedFiles.size());
      assertThat(run.status()).isIn(0, 1);
    }));
    for (Path expectedFile : expectedFiles) {
      JsonNode expected = CliRun.JSON.readTree(expectedFile.toFile());
      String text = expected.get("text").asText();
      tests.add(DynamicTest.dynamicTest(text, () -> {
        JsonNode actual = bySource.get(text);
        assertThat(actual).as("report %s in the output; errors: %s", text, json.get("errors")).isNotNull();
        CheckCommandTest.assertReportShape(actual);
        List<String> lines = Files.readAllLines(seeds.resolve(text));
        SoftAssertions soft = new SoftAssertions();
        compareFacts(soft, expected, actual);
        compareParts(soft, expected, actual);
        compareMetrics(soft, expected, actual, lines);
        compareFindings(soft, expected, actual, lines);
        soft.assertAll();
      }));
    }
    return tests.stream();
  }

  private static void compareFacts(SoftAssertions soft, JsonNode expected, JsonNode actual) {
    for (String field : List.of("issuer", "reportingYear", "signedOn", "publishedOn")) {
      soft.assertThat(actual.get(field).asText()).as(field).isEqualTo(expected.get(field).asText());
    }
  }

  private static void compareParts(SoftAssertions soft, JsonNode expected, JsonNode actual) {
    expected.get("parts").properties().forEach(entry -> {
      String part = entry.getKey();
      JsonNode want = entry.getValue();
      JsonNode got = actual.get("parts").get(part);
      if (want.isNull()) {
        soft.assertThat(got.isNull()).as("part %s absent, got %s", part, got).isTrue();
      } else if (want.has("headingStartsWith")) {
        soft.assertThat(got.path("heading").asText()).as("heading of %s (got %s)", part, got)
            .startsWith(want.get("headingStartsWith").asText());
      } else {
        soft.assertThat(got.path("embeddedIn").asText()).as("%s embedded in (got %s)", part, got)
            .isEqualTo(want.get("embeddedIn").asText());
        String quote = want.get("quote").asText();
        String gotQuote = got.path("quote").asText();
        soft.assertThat(gotQuote.contains(quote) || quote.contains(gotQuote) && !gotQuote.isEmpty())
            .as("%s quote %s, got %s", part, quote, gotQuote).isTrue();
      }
    });
  }

  private static void compareMetrics(SoftAssertions soft, JsonNode expected, JsonNode actual,
      List<String> lines) {
    for (JsonNode want : expected.get("metrics")) {
      boolean found = false;
      for (JsonNode got : actual.get("metrics")) {
        if (sameFigures(want, got) && near(lines, got, want.get("quote").asText())) {
          found = true;
          break;
        }
      }
      soft.assertThat(found).as("metric %s in %s", want, actual.get("metrics")).isTrue();
    }
  }

  /** Every field the expectation lists (other than the quote) has the same value in the output. */
  private static boolean sameFigures(JsonNode want, JsonNode got) {
    for (var field : want.properties()) {
      if (field.getKey().equals("quote")) {
        continue;
      }
      JsonNode value = got.get(field.getKey());
      if (value == null || !value.asText().equals(field.getValue().asText())
          || value.isArray() && !value.equals(field.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** The quote stands in the figure's own quote, or on its line or the next one. */
  private static boolean near(List<String> lines, JsonNode got, String quote) {
    if (got.path("quote").asText().contains(quote)) {
      return true;
    }
    return onLine(lines, got.path("line"), quote);
  }

  private static boolean onLine(List<String> lines, JsonNode line, String quote) {
    if (!line.isInt()) {
      return false;
    }
    int index = line.asInt() - 1;
    StringBuilder text = new StringBuilder();
    for (int i = Math.max(0, index); i < Math.min(lines.size(), index + 2); i++) {
      text.append(lines.get(i));
    }
    return text.toString().contains(quote);
  }

  private static void compareFindings(SoftAssertions soft, JsonNode expected, JsonNode actual,
      List<String> lines) {
    JsonNode findings = actual.get("findings");
    for (JsonNode want : expected.get("mustFind")) {
      String rule = want.get("rule").asText();
      boolean found = false;
      for (JsonNode got : findings) {
        if (!got.get("rule").asText().equals(rule)) {
          continue;
        }
        if (want.has("part") && !want.get("part").asText().equals(got.get("part").asText())) {
          continue;
        }
        if (want.has("quote")) {
          String quote = want.get("quote").asText();
          if (!got.path("quote").asText().contains(quote) && !onLine(lines, got.get("line"), quote)) {
            continue;
          }
        }
        found = true;
        break;
      }
      soft.assertThat(found).as("must find %s among %s", want, rulesOf(findings)).isTrue();
    }
    for (JsonNode unwanted : expected.get("mustNotFind")) {
      String rule = unwanted.get("rule").asText();
      for (JsonNode got : findings) {
        String id = got.get("rule").asText();
        boolean matches = RuleCatalog.matches(rule, id);
        soft.assertThat(matches).as("must not find %s (%s), found %s", rule,
            unwanted.path("why").asText(""), got).isFalse();
      }
    }
  }

  private static List<String> rulesOf(JsonNode findings) {
    List<String> rules = new ArrayList<>();
    findings.forEach(f -> rules.add(f.get("rule").asText() + "@" + f.get("line").asText()
        + " " + f.get("quote").asText()));
    return rules;
  }
}
