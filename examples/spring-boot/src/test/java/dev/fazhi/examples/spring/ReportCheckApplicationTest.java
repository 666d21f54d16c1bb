package dev.fazhi.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.testing.FazhiAssertions;
import dev.fazhi.testing.MessageLanguage;
import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.ValidationResult;
import dev.fazhi.validation.json.CheckedReport;
import dev.fazhi.validation.json.FindingsJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example service, started on a free port of 127.0.0.1 and called over real HTTP: it accepts the
 * bundled JSON samples as {@code @Valid @RequestBody Report}, answers a faulty one 422 with exactly the
 * library's findings JSON and a malformed one 400 with a problem naming the JSON path, each in the
 * request's language and no other.
 */
class ReportCheckApplicationTest {

  private static final Path SAMPLES = Path.of("..", "..", "samples");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static ConfigurableApplicationContext app;
  private static URI reports;

  @BeforeAll
  static void start() {
    app = SpringApplication.run(ReportCheckApplication.class, "--server.port=0",
        "--server.address=127.0.0.1", "--spring.main.banner-mode=off");
    String port = app.getEnvironment().getProperty("local.server.port");
    reports = URI.create("http://127.0.0.1:" + port + "/reports");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  private static HttpResponse<String> post(String body, String language) throws IOException,
      InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(reports)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static Stream<Arguments> samplesInBothLanguages() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path sample : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        out.add(Arguments.of(sample, "zh-CN,zh;q=0.9,en;q=0.5"));
        out.add(Arguments.of(sample, "en-GB,en;q=0.9"));
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("samplesInBothLanguages")
  void everySampleIsAnsweredWithTheLibrarysFindingsInTheRequestsLanguage(Path sample, String language)
      throws Exception {
    String body = Files.readString(sample, StandardCharsets.UTF_8);
    Locale locale = language.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    Report report = ReportJson.defaults().read(body);
    ValidationResult expected = ReportValidator.builder().locale(locale).build().validate(report);

    HttpResponse<String> response = post(body, language);

    assertThat(response.statusCode()).as(sample + " " + response.body())
        .isEqualTo(expected.hasFindingsAtLeast(Severity.ERROR) ? 422 : 200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(response.body())
        .isEqualTo(FindingsJson.toJson(CheckedReport.of("/reports", report, "json", expected)));
    for (JsonNode finding : JSON.readTree(response.body()).get("reports").get(0).get("findings")) {
      assertInOneLanguage(finding.get("message").asString(), locale);
    }
  }

  @Test
  void theFaultySamplesAreRefusedAndTheCleanOneAccepted() throws Exception {
    String clean = Files.readString(SAMPLES.resolve("qingshan-justice-2024-clean.json"));
    FazhiAssertions.assertThat(ReportValidator.defaults().validate(ReportJson.defaults().read(clean)))
        .hasNoFindings();
    assertThat(post(clean, "en").statusCode()).isEqualTo(200);

    String faulty = Files.readString(SAMPLES.resolve("yunxi-market-2023-webcopy.json"));
    HttpResponse<String> refused = post(faulty, "en");
    assertThat(refused.statusCode()).isEqualTo(422);
    int answered = JSON.readTree(refused.body()).get("reports").get(0).get("findings").size();
    FazhiAssertions.assertThat(ReportValidator.defaults().validate(ReportJson.defaults().read(faulty)))
        .hasFindingCount(answered);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-CN"})
  void anUnknownFieldIsA400ProblemNamingItsPathLineAndColumn(String language) throws Exception {
    String body = "{\n  \"title\": \"x\",\n  \"titel\": \"y\"\n}";
    HttpResponse<String> response = post(body, language);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("jsonPath").asString()).isEqualTo("$.titel");
    assertThat(problem.get("line").asInt()).isEqualTo(3);
    assertThat(problem.get("column").asInt()).isPositive();
    assertThat(problem.get("instance").asString()).isEqualTo("/reports");
    Locale locale = language.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    MessageLanguage.assertInOneLanguage(problem.get("title").asString(), locale);
    // the reader's own message in the request's language (its templates are checked for one
    // language in fazhi-testing's EveryMessageInOneLanguageTest)
    ReportFormatException expected = catchThrowableOfType(ReportFormatException.class,
        () -> ReportJson.builder().locale(locale).build().read(body));
    assertThat(problem.get("detail").asString()).isEqualTo(expected.getMessage());
    assertThat(problem.get("reason").asString()).isEqualTo(expected.getReason());
  }

  @Test
  void aNumberWhereTheTitleBelongsAndBrokenJsonAreProblemsToo() throws Exception {
    JsonNode wrongType = JSON.readTree(post("{\"title\": 5}", "en").body());
    assertThat(wrongType.get("jsonPath").asString()).isEqualTo("$.title");
    HttpResponse<String> broken = post("{\"title\": \"x\",\n  \"sections\": [", "en");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(broken.body()).get("line").asInt()).isEqualTo(2);
  }

  @Test
  void aRequestThatNamesNoLanguageIsAnsweredInTheConfiguredDefault() throws Exception {
    JsonNode problem = JSON.readTree(post("{\"titel\": 1}", null).body());
    assertThat(problem.get("detail").asString()).startsWith("第 1 行第 12 列 $.titel：未知字段");
    MessageLanguage.assertInOneLanguage(problem.get("title").asString(), Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * A message is in one language: a Chinese one holds Chinese and no English words of the library's
   * templates or part names, an English one holds none of the Chinese part names and, quotes of the
   * report and known Chinese terms aside, no Chinese.
   */
  static void assertInOneLanguage(String message, Locale locale) {
    boolean chinese = "zh".equals(locale.getLanguage());
    Locale other = chinese ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    for (Part part : Part.values()) {
      assertThat(message).as("a part name of the other language").doesNotContain(
          RuleCatalog.partName(part, other));
    }
    if (chinese) {
      assertThat(message).containsPattern("\\p{IsHan}");
      assertThat(message.toLowerCase(Locale.ROOT)).as("English words in a Chinese message")
          .doesNotContainPattern("\\b(the|is|not|line|column|field|expected|missing|unknown|part)\\b");
    }
  }
}
