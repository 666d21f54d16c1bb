package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.EmbeddedPart;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.FigureKind;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance: the reader reads every report of the shared corpus as its expected JSON says: issuer,
 * year, dates, every part, every listed figure with a quote that stands next to it in the source text.
 * Skipped, with a message, only where the corpus is absent.
 */
class CorpusReadingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Path corpus() {
    List<Path> candidates = new ArrayList<>();
    for (String name : new String[] {"fazhi.corpus", "fazhi.corpus.default"}) {
      String property = System.getProperty(name);
      if (property != null && !property.isBlank()) {
        candidates.add(Path.of(property));
      }
    }
    candidates.add(Path.of("../shared/corpus"));
    candidates.add(Path.of("../../shared/corpus"));
    for (Path candidate : candidates) {
      if (Files.isDirectory(candidate.resolve("seeds/expected"))) {
        return candidate.toAbsolutePath().normalize();
      }
    }
    return null;
  }

  static Stream<String> seeds() throws IOException {
    Path corpus = corpus();
    if (corpus == null) {
      return Stream.of("<corpus absent>");
    }
    try (Stream<Path> files = Files.list(corpus.resolve("seeds/expected"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void readsTheSeedAsExpected(String expectedFile) throws IOException {
    Path corpus = corpus();
    Assumptions.assumeTrue(corpus != null,
        "shared corpus not found (system property fazhi.corpus, ../shared/corpus): acceptance skipped");
    readsAsExpected(corpus.resolve("seeds"), expectedFile);
  }

  /**
   * Reads the text an expected JSON names and checks the report in full: issuer (or none), year, dates
   * and their locations, every part, every listed figure, and, where the JSON gives them, the title
   * ({@code null} for a report with no title line), the metadata, or the reason the text is refused.
   *
   * @param dir the folder of the texts, with the expected JSON in {@code expected/}
   * @param expectedFile the expected JSON's file name
   */
  static void readsAsExpected(Path dir, String expectedFile) throws IOException {
    JsonNode expected = JSON.readTree(dir.resolve("expected").resolve(expectedFile).toFile());
    Path textFile = dir.resolve(expected.get("text").asText());
    if (expected.has("refused")) {
      NotAReportException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
          NotAReportException.class, () -> ReportReader.defaults().read(textFile));
      assertThat(refused).as("refused as %s", expected.get("refused").asText()).isNotNull();
      assertThat(refused.reason().key()).isEqualTo(expected.get("refused").asText());
      return;
    }
    Report report = ReportReader.defaults().read(textFile);
    String source = report.getSourceText().orElseThrow();

    assertThat(report.getSource()).hasValue(textFile.toString());
    assertThat(source).isEqualTo(Files.readString(textFile));
    if (expected.get("issuer").isNull()) {
      assertThat(report.getIssuer()).as("issuer").isEmpty();
    } else {
      assertThat(report.getIssuer()).as("issuer").isPresent();
      assertThat(report.getIssuer().get().getName()).as("issuer").isEqualTo(expected.get("issuer").asText());
    }
    if (expected.has("title")) {
      assertThat(report.getTitle()).as("title")
          .isEqualTo(java.util.Optional.ofNullable(expected.get("title").textValue()));
    }
    if (expected.has("metadata")) {
      checkMetadata(expected.get("metadata"), report);
    }
    assertThat(report.getReportingYear()).as("year").hasValue(expected.get("reportingYear").asInt());
    checkDate("signedOn", expected, report.getSignedOn().orElse(null),
        report.getSignedOnLocation().orElse(null), source);
    checkDate("publishedOn", expected, report.getPublishedOn().orElse(null),
        report.getPublishedOnLocation().orElse(null), source);

    for (Map.Entry<String, JsonNode> entry : expected.get("parts").properties()) {
      checkPart(report, Part.valueOf(entry.getKey()), entry.getValue(), source);
    }
    for (JsonNode metric : expected.get("metrics")) {
      checkMetric(report, metric, source);
    }
    // the report read is a faithful model: its JSON form reads back equal
    dev.fazhi.core.json.ReportJson json = dev.fazhi.core.json.ReportJson.defaults();
    assertThat(json.read(json.write(report))).isEqualTo(report);
  }

  private static void checkMetadata(JsonNode expected, Report report) {
    if (expected.isNull()) {
      assertThat(report.getMetadata()).as("metadata").isEmpty();
      return;
    }
    dev.fazhi.core.model.ReportMetadata m = report.getMetadata().orElseThrow();
    assertThat(m.getDocumentNumber().orElse(null)).as("documentNumber")
        .isEqualTo(expected.get("documentNumber").textValue());
    assertThat(m.getIndexNumber().orElse(null)).as("indexNumber").isEqualTo(expected.get("indexNumber").textValue());
    assertThat(m.getPublisher().orElse(null)).as("publisher").isEqualTo(expected.get("publisher").textValue());
    assertThat(m.getSignedOn().map(LocalDate::toString).orElse(null)).as("metadata signedOn")
        .isEqualTo(expected.get("signedOn").textValue());
    assertThat(m.getPublishedOn().map(LocalDate::toString).orElse(null)).as("metadata publishedOn")
        .isEqualTo(expected.get("publishedOn").textValue());
    assertThat(m.getModifiedOn().map(LocalDate::toString).orElse(null)).as("modifiedOn")
        .isEqualTo(expected.get("modifiedOn").textValue());
  }

  private static void checkDate(String name, JsonNode expected, LocalDate actual,
      SourceLocation location, String source) {
    JsonNode node = expected.get(name);
    if (node == null || node.isNull()) {
      assertThat(actual).as(name).isNull();
      return;
    }
    assertThat(actual).as(name).isEqualTo(LocalDate.parse(node.asText()));
    assertThat(location).as(name + " location").isNotNull();
    assertLocated(location, source);
  }

  private static void checkPart(Report report, Part part, JsonNode expected, String source) {
    List<Section> sections = report.sectionsOf(part);
    EmbeddedPart embedded = report.getEmbeddedParts().get(part);
    if (expected == null || expected.isNull()) {
      assertThat(sections).as("%s: no section expected", part).isEmpty();
      assertThat(embedded).as("%s: not embedded", part).isNull();
      return;
    }
    if (expected.has("headingStartsWith")) {
      assertThat(sections).as("%s: sections", part).isNotEmpty();
      assertThat(sections.get(0).getHeading().fullText()).as("%s: first heading", part)
          .startsWith(expected.get("headingStartsWith").asText());
      assertThat(sections).allSatisfy(s -> assertThat(s.getHeading().getLevel()).isEqualTo(1));
      assertThat(embedded).as("%s: has its own section, so it is not embedded", part).isNull();
      return;
    }
    assertThat(sections).as("%s: no section of its own", part).isEmpty();
    assertThat(embedded).as("%s: embedded", part).isNotNull();
    assertThat(embedded.getEmbeddedIn().name()).isEqualTo(expected.get("embeddedIn").asText());
    assertThat(embedded.getQuote()).as("%s: quote", part).isPresent();
    assertThat(embedded.getQuote().get()).contains(expected.get("quote").asText());
    assertThat(embedded.getLocation()).isPresent();
    assertLocated(embedded.getLocation().get(), source);
    assertThat(source.substring(embedded.getLocation().get().getOffset()))
        .startsWith(embedded.getQuote().get().substring(0, 4));
  }

  private static void checkMetric(Report report, JsonNode metric, String source) {
    FigureKind kind = FigureKind.valueOf(metric.get("kind").asText());
    String quote = metric.get("quote").asText();
    List<Figure> candidates = report.allFigures().stream()
        .filter(f -> f.kind() == kind && f.getQuote().orElse("").contains(quote)).toList();
    assertThat(candidates).as("%s with quote containing «%s»", kind, quote).isNotEmpty();
    boolean matched = candidates.stream().anyMatch(f -> numbersMatch(f, metric));
    assertThat(matched).as("%s «%s»: numbers %s, found %s", kind, quote, metric, candidates).isTrue();
    for (Figure f : candidates) {
      assertThat(f.getLocation()).isPresent();
      SourceLocation at = f.getLocation().get();
      assertLocated(at, source);
      // the quote stands next to the figure: the source from the figure's location holds the quote
      String near = source.substring(at.getOffset(),
          Math.min(source.length(), at.getOffset() + f.getQuote().get().length() + 40));
      assertThat(near.replace('\u00A0', ' ')).contains(quote);
    }
  }

  private static boolean numbersMatch(Figure f, JsonNode m) {
    if (f instanceof TaskCompletion t) {
      return t.getAssigned() == m.get("assigned").asLong() && t.getCompleted() == m.get("completed").asLong()
          && (!m.has("closed") || t.getClosed().orElse(-1) == m.get("closed").asLong())
          && (!m.has("ratePercent")
          || t.getRatePercent().map(r -> r.compareTo(new BigDecimal(m.get("ratePercent").asText())) == 0)
          .orElse(false));
    }
    if (f instanceof Rate r) {
      return r.getNumerator() == m.get("numerator").asLong()
          && r.getDenominator() == m.get("denominator").asLong()
          && r.getRatePercent().equals(new BigDecimal(m.get("ratePercent").asText()));
    }
    if (f instanceof Breakdown b) {
      List<Long> parts = new ArrayList<>();
      m.get("parts").forEach(p -> parts.add(p.asLong()));
      return b.getTotal() == m.get("total").asLong() && b.getParts().equals(parts);
    }
    if (f instanceof Subset s) {
      return s.getTotal() == m.get("total").asLong() && s.getSubset() == m.get("subset").asLong();
    }
    return false;
  }

  /** A location is consistent with the source: offset, line and column agree. */
  static void assertLocated(SourceLocation at, String source) {
    assertThat(at.getOffset()).isBetween(0, source.length());
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at.getOffset(); i++) {
      char c = source.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    assertThat(at.getLine()).as("line of offset %d", at.getOffset()).isEqualTo(line);
    assertThat(at.getColumn()).as("column of offset %d", at.getOffset()).isEqualTo(at.getOffset() - lineStart + 1);
  }
}
