package dev.fazhi.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Report;
import org.junit.jupiter.api.Test;

class ReportJsonRoundTripTest {

  private final ReportJson json = ReportJson.defaults();

  @Test
  void aWrittenReportReadsBackEqual() {
    Report report = JsonSamples.smallReport();

    assertThat(json.read(json.write(report))).isEqualTo(report);
  }

  @Test
  void figuresAreWrittenWithTheKindNamesTheReaderAccepts() {
    String written = json.write(JsonSamples.smallReport());

    assertThat(written)
        .contains("\"kind\" : \"TASK_COMPLETION\"", "\"kind\" : \"RATE\"", "\"kind\" : \"BREAKDOWN\"",
            "\"kind\" : \"SUBSET\"", "\"kind\" : \"COUNT\"", "\"kind\" : \"AMOUNT\"")
        .doesNotContain("Immutable");
  }

  @Test
  void derivedQueriesAreNotWrittenAsFields() {
    String written = json.write(JsonSamples.smallReport());

    assertThat(written).doesNotContain("\"empty\"", "\"figures\" : null", "fullText", "partsSum");
  }

  @Test
  void aDocumentThatIsJustNullIsNoReport() {
    assertThatThrownBy(() -> json.read("null"))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("expected a report object, found null");
  }
}
