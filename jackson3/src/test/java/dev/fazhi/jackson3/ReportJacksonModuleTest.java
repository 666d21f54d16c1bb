package dev.fazhi.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** A Jackson 3 mapper with the module reads and writes reports exactly as ReportJson does. */
class ReportJacksonModuleTest {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new ReportJacksonModule()).build();

  /** A report inside a document of the user's own. */
  record Envelope(String id, Report report) {}

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void readsAndWritesEverySampleAsReportJsonDoes(Path sample) throws IOException {
    String text = Files.readString(sample);
    Report expected = ReportJson.defaults().read(text);
    Report report = MAPPER.readValue(text, Report.class);
    assertThat(report).isEqualTo(expected);
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(report)))
        .isEqualTo(MAPPER.readTree(ReportJson.defaults().write(expected)));
    Envelope envelope = MAPPER.readValue(
        "{\"id\": \"a\", \"report\": " + text + "}", Envelope.class);
    assertThat(envelope.report()).isEqualTo(expected);
  }

  @Test
  void anUnknownFieldFailsWithReportJsonsErrorAtTheTokensPlaceInTheInput() {
    String json = "{\n  \"id\": \"a\",\n  \"report\": {\n    \"title\": \"t\",\n    \"titel\": 1\n  }\n}";
    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> MAPPER.readValue(json, Envelope.class));
    ReportFormatException cause = findCause(e);
    assertThat(cause.getPath()).contains("$.titel");
    assertThat(cause.getLine()).hasValue(5);
    assertThat(cause.getColumn()).hasValue(14); // the value of the unknown field
    assertThat(cause.getMessage(Locale.ENGLISH)).contains("unknown field 'titel'");
    assertThat(cause.getMessage(Locale.SIMPLIFIED_CHINESE)).doesNotContain("unknown field");
  }

  @Test
  void aNumberForTheTitleIsRefusedWhateverTheMappersCoercionSettings() {
    for (String json : List.of("{\"title\": 5}", "{\"title\": \"t\", \"title\": \"u\"}")) {
      DatabindException e = catchThrowableOfType(DatabindException.class,
          () -> MAPPER.readValue(json, Report.class));
      assertThat(findCause(e).getPath()).contains("$.title");
    }
  }

  private static ReportFormatException findCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ReportFormatException rfe) {
        return rfe;
      }
    }
    throw new AssertionError("no ReportFormatException in " + e, e);
  }
}
