package dev.fazhi.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.AdministrativeLevel;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.corpus.CorpusCheck;
import dev.fazhi.validation.corpus.CorpusResult;
import dev.fazhi.validation.corpus.Role;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas shipped in the jars hold for every sample: each samples/*.json against the report
 * schema (as given and as ReportJson writes it back), and the findings JSON of every sample and seed
 * report, in both languages, against the findings schema; and they are not vacuous.
 */
class JsonSchemasTest {

  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Path SEEDS =
      Path.of(System.getProperty("fazhi.corpus",
          System.getProperty("fazhi.corpus.default", "../../shared/corpus")), "seeds");
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema REPORT = load(ReportJson.schema());
  private static final Schema FINDINGS = load(FindingsJson.schema());

  private static Schema load(URL url) {
    try (InputStream in = url.openStream()) {
      return REGISTRY.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<Path> jsonSamples() throws IOException {
    assertThat(SAMPLES).as("samples/ at the repository root").isDirectory();
    return list(SAMPLES, ".json").stream();
  }

  static Stream<Path> textReports() throws IOException {
    List<Path> out = new ArrayList<>(list(SAMPLES, ".txt"));
    if (Files.isDirectory(SEEDS)) {
      out.addAll(list(SEEDS, ".txt"));
    }
    return out.stream();
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static List<Error> check(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  @ParameterizedTest
  @MethodSource("jsonSamples")
  void everyJsonSampleHoldsToTheReportSchema(Path sample) throws IOException {
    assertThat(check(REPORT, Files.readString(sample))).as(sample.toString()).isEmpty();
    Report report = ReportJson.defaults().read(sample);
    assertThat(check(REPORT, ReportJson.defaults().write(report))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("jsonSamples")
  void theFindingsOfEveryJsonSampleHoldToTheFindingsSchema(Path sample) throws IOException {
    Report report = ReportJson.defaults().read(sample);
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      ReportValidator validator = ReportValidator.builder().locale(locale).build();
      String json = FindingsJson.toJson(CheckedReport.of(sample.toString(), report,
          validator.validate(report)));
      assertThat(check(FINDINGS, json)).as(sample + " in " + locale).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("textReports")
  void theFindingsOfEveryTextReportHoldToTheFindingsSchema(Path text) throws IOException {
    Report report = ReportReader.defaults().read(text);
    String json = FindingsJson.toJson(
        List.of(CheckedReport.of(text.toString(), report, ReportValidator.defaults().validate(report))),
        List.of(new CheckError("broken.json", "line 1, column 2 at $: not a report")));
    assertThat(check(FINDINGS, json)).as(text.toString()).isEmpty();
    assertThat(check(REPORT, ReportJson.defaults().write(report))).as(text.toString()).isEmpty();
  }

  @Test
  void aTownsReportHoldsToTheReportSchemaWithItsLevel() throws IOException {
    Report report = ReportReader.defaults().read(Path.of("..", "shapes", "huangling-town-2023-celltable.txt"));
    assertThat(report.getIssuer().orElseThrow().getLevel()).hasValue(AdministrativeLevel.TOWNSHIP);
    String json = ReportJson.defaults().write(report);
    assertThat(json).contains("\"TOWNSHIP\"");
    assertThat(check(REPORT, json)).isEmpty();
    assertThat(check(REPORT, json.replace("\"TOWNSHIP\"", "\"VILLAGE\""))).isNotEmpty();
  }

  @Test
  void theReportSchemaRejectsWhatTheReaderRejects() {
    assertThat(check(REPORT, "{\"title\": \"x\"}")).isEmpty();
    assertThat(check(REPORT, "{\"titel\": \"x\"}")).isNotEmpty();
    assertThat(check(REPORT, "{\"title\": 5}")).isNotEmpty();
    assertThat(check(REPORT, "{\"title\": \"x\", \"sections\": [{\"heading\": {\"level\": 1}}]}"))
        .isNotEmpty();
    assertThat(check(REPORT, "{\"title\": \"x\", \"preamble\": [{\"text\": \"t\", \"figures\": "
        + "[{\"kind\": \"RATE\", \"numerator\": 1, \"denominator\": 2}]}]}")).isNotEmpty();
  }

  @Test
  void theFindingsSchemaRejectsAMissingOrUnknownField() {
    assertThat(check(FINDINGS, "{\"reports\": [], \"errors\": []}")).isEmpty();
    assertThat(check(FINDINGS, "{\"reports\": []}")).isNotEmpty();
    assertThat(check(FINDINGS, "{\"reports\": [], \"errors\": [{\"source\": \"a\"}]}")).isNotEmpty();
    assertThat(check(FINDINGS, "{\"reports\": [], \"errors\": [], \"extra\": 1}")).isNotEmpty();
  }

  /**
   * The corpus-samples of 2024 and a copy of one without its issuer, checked together: the copy is
   * named in {@code leftOut} with its reason, in both languages, and the document holds to the schema;
   * a {@code leftOut} entry without its reason or with an unknown one does not.
   */
  @Test
  void reportsLeftOutOfTheCorpusChecksAreNamedInLeftOut() throws Exception {
    Path year = Path.of("..", "corpus-samples", "2024");
    String anonymous = Files.readString(year.resolve("huaxi-health-2024.txt"))
        .replace("花溪区卫健局关于2024年度法治政府建设情况的报告", "2024年度法治政府建设情况的报告")
        .replace("\n花溪区卫健局\n", "\n");
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      CorpusCheck corpus = CorpusCheck.builder().locale(locale).build();
      for (Path file : list(year, ".txt")) {
        corpus.add(ReportReader.defaults().read(file), file.toString(), Role.CHECKED);
      }
      corpus.add(ReportReader.defaults().read(anonymous, "anonymous.txt"), "anonymous.txt", Role.CHECKED);
      CorpusResult result = corpus.finish();
      java.io.StringWriter out = new java.io.StringWriter();
      FindingsJsonWriter writer = FindingsJsonWriter.open(out);
      writer.setFindings(result.setFindings());
      writer.leftOut(result.exclusions(), locale);
      writer.finish();
      String json = out.toString();
      assertThat(check(FINDINGS, json)).as(json).isEmpty();
      com.fasterxml.jackson.databind.JsonNode leftOut = new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(json).get("leftOut");
      assertThat(leftOut).hasSize(1);
      assertThat(leftOut.get(0).get("source").asText()).isEqualTo("anonymous.txt");
      assertThat(leftOut.get(0).get("reason").asText()).isEqualTo("UNKNOWN_ISSUER");
      assertThat(leftOut.get(0).get("message").asText())
          .isEqualTo(locale == Locale.ENGLISH
              ? "no issuer found: left out of the corpus checks by issuer (missing reports, duplicates, the year before)"
              : "未识别出发布机关：未参加按机关的跨报告检查（报告缺失、重复报告、与上年对比）");
    }
    assertThat(check(FINDINGS, "{\"reports\": [], \"errors\": [], \"leftOut\": []}")).isEmpty();
    assertThat(check(FINDINGS, "{\"reports\": [], \"errors\": [], \"leftOut\": [{\"source\": \"a\", "
        + "\"message\": \"m\"}]}")).isNotEmpty();
    assertThat(check(FINDINGS, "{\"reports\": [], \"errors\": [], \"leftOut\": [{\"source\": \"a\", "
        + "\"reason\": \"UNKNOWN_NAME\", \"message\": \"m\"}]}")).isNotEmpty();
  }

  @Test
  void aDocumentWhoseCorpusChecksDidNotRunHasNoLeftOut() throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    FindingsJsonWriter writer = FindingsJsonWriter.open(out);
    writer.finish();
    assertThat(out.toString()).doesNotContain("leftOut");
    assertThat(check(FINDINGS, out.toString())).isEmpty();
  }
}
