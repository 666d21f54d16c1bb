package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A report without its source text has its text rules run on its title, headings and paragraphs only,
 * and the result says so.
 */
class TextCheckedTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  @ParameterizedTest
  @ValueSource(strings = {"qingshan-justice-2024-clean", "yunxi-market-2023-webcopy",
      "linjiang-ecology-2022-thematic"})
  void aJsonSampleWithoutItsTextSaysTheSourceTextWasNotChecked(String name) throws IOException {
    Report report = ReportJson.defaults().read(SAMPLES.resolve(name + ".json"));
    assertThat(report.getSourceText()).isEmpty();
    ValidationResult withoutText = ReportValidator.defaults().validate(report);
    assertThat(withoutText.isSourceTextChecked()).isFalse();
    assertThat(withoutText.toString()).endsWith("(source text not checked)");

    Report withText = ImmutableReport.copyOf(report)
        .withSourceText(Files.readString(SAMPLES.resolve(name + ".txt")));
    assertThat(ReportValidator.defaults().validate(withText).isSourceTextChecked()).isTrue();
  }
}
