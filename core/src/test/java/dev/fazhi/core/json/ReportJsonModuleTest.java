package dev.fazhi.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.fazhi.core.ReportFormatException;
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

/** A Jackson 2 mapper of the application's own, with the module, reads reports as ReportJson does. */
class ReportJsonModuleTest {

  /** A mapper as loose as can be: the module alone makes it strict for reports. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .addModule(new ReportJsonModule()).build();

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
    assertThat(MAPPER.readValue(text, Report.class)).isEqualTo(expected);
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(expected)))
        .isEqualTo(MAPPER.readTree(ReportJson.defaults().write(expected)));
    assertThat(MAPPER.readValue("{\"id\": \"a\", \"report\": " + text + "}", Envelope.class).report())
        .isEqualTo(expected);
  }

  @Test
  void anUnknownFieldFailsWithReportJsonsErrorAtTheTokensPlace() {
    String json = "{\n  \"id\": \"a\",\n  \"report\": {\n    \"title\": \"t\",\n    \"titel\": 1\n  }\n}";
    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> MAPPER.readValue(json, Envelope.class));
    ReportFormatException cause = formatError(e);
    assertThat(cause.getPath()).contains("$.titel");
    assertThat(cause.getLine()).hasValue(5);
    assertThat(cause.getMessage(Locale.ENGLISH)).contains("unknown field 'titel'");
  }

  @Test
  void typeMismatchesAndDuplicatesAreRefusedWhateverTheMappersSettings() {
    for (String json : List.of("{\"title\": 5}", "{\"title\": \"t\", \"title\": \"u\"}")) {
      JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
          () -> MAPPER.readValue(json, Report.class));
      assertThat(formatError(e).getPath()).contains("$.title");
    }
  }

  private static ReportFormatException formatError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ReportFormatException rfe) {
        return rfe;
      }
    }
    throw new AssertionError("no ReportFormatException in " + e, e);
  }
}
