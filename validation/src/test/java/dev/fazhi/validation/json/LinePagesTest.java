package dev.fazhi.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@link LinePages} and the {@code page} it gives each finding in the findings JSON. */
class LinePagesTest {

  @Test
  void aLineHasThePageItWasGivenAndNoneOutsideTheText() {
    LinePages pages = LinePages.of(new int[] {1, 1, 0, 2});
    assertThat(pages.page(1)).hasValue(1);
    assertThat(pages.page(3)).isEmpty();
    assertThat(pages.page(4)).hasValue(2);
    assertThat(pages.page(0)).isEmpty();
    assertThat(pages.page(5)).isEmpty();
    assertThat(pages.isEmpty()).isFalse();
    assertThat(pages).isEqualTo(LinePages.of(new int[] {1, 1, -3, 2})).hasSameHashCodeAs(LinePages.of(new int[] {1, 1, 0, 2}));
  }

  @Test
  void noPagesAtAllIsNone() {
    assertThat(LinePages.of(new int[] {0, 0})).isSameAs(LinePages.none());
    assertThat(LinePages.none().page(1)).isEqualTo(OptionalInt.empty());
    assertThat(LinePages.none().isEmpty()).isTrue();
  }

  @Test
  void theArrayIsCopied() {
    int[] given = {1, 2};
    LinePages pages = LinePages.of(given);
    given[1] = 9;
    assertThat(pages.page(2)).hasValue(2);
  }

  @Test
  void eachFindingHasThePageOfItsLineAndNullWithoutPages() throws IOException {
    Path sample = Path.of("..", "samples", "yunxi-market-2023-webcopy.txt");
    Report report = ReportReader.defaults().read(sample);
    ValidationResult result = ReportValidator.defaults().validate(report);
    int lines = report.getSourceText().orElseThrow().split("\n", -1).length;
    int[] byLine = new int[lines];
    for (int i = 0; i < lines; i++) {
      byLine[i] = i < 10 ? 1 : 2; // lines 1–10 on page 1, the rest on page 2
    }
    CheckedReport plain = CheckedReport.of(sample.toString(), report, "text", result);
    CheckedReport paged = plain.withPages(LinePages.of(byLine));
    ObjectMapper mapper = new ObjectMapper();

    JsonNode withPages = mapper.readTree(FindingsJson.toJson(paged)).at("/reports/0/findings");
    int checked = 0;
    for (JsonNode finding : withPages) {
      assertThat(finding.has("page")).isTrue();
      if (finding.get("line").isNull()) {
        assertThat(finding.get("page").isNull()).as(finding.toString()).isTrue();
      } else {
        assertThat(finding.get("page").asInt()).as(finding.toString())
            .isEqualTo(finding.get("line").asInt() <= 10 ? 1 : 2);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(3);
    for (JsonNode finding : mapper.readTree(FindingsJson.toJson(plain)).at("/reports/0/findings")) {
      assertThat(finding.get("page").isNull()).as(finding.toString()).isTrue();
    }
    assertThat(plain.pages()).isSameAs(LinePages.none());
  }
}
