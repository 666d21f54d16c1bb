package dev.fazhi.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.ReportMetadata;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The report's metadata and its optional title in the JSON form. */
class ReportJsonMetadataTest {

  private final ReportJson json = ReportJson.builder().prettyPrint(false).build();

  @Test
  void aReportWithoutMetadataIsWrittenAsBefore() {
    Report report = Report.builder().title("t").reportingYear(2023).build();
    assertThat(json.write(report)).doesNotContain("metadata");
  }

  @Test
  void metadataIsWrittenUnderTheCommandsFieldNamesAndReadBack() {
    ReportMetadata metadata = ReportMetadata.builder().documentNumber("青司〔2024〕5号")
        .indexNumber("001234567/2024-00031").publisher("青禾县司法局")
        .signedOn(LocalDate.of(2024, 1, 30)).publishedOn(LocalDate.of(2024, 2, 2))
        .modifiedOn(LocalDate.of(2024, 1, 31)).build();
    Report report = Report.builder().title("t").metadata(metadata).build();
    String written = json.write(report);
    assertThat(written).contains("\"metadata\":{\"documentNumber\":\"青司〔2024〕5号\","
        + "\"indexNumber\":\"001234567/2024-00031\",\"publisher\":\"青禾县司法局\","
        + "\"signedOn\":\"2024-01-30\",\"publishedOn\":\"2024-02-02\",\"modifiedOn\":\"2024-01-31\"}");
    assertThat(json.read(written)).isEqualTo(report);
  }

  @Test
  void aReportWithoutTitleRoundTrips() {
    Report report = Report.builder().reportingYear(2024).build();
    assertThat(json.write(report)).doesNotContain("title");
    assertThat(json.read("{\"reportingYear\":2024}").getTitle()).isEmpty();
    assertThat(report.getTitle()).isEmpty();
  }

  @Test
  void anUnknownMetadataFieldIsRejectedWithItsPath() {
    assertThatThrownBy(() -> json.read("{\"metadata\": {\"docNo\": \"x\"}}"))
        .isInstanceOf(ReportFormatException.class)
        .satisfies(e -> assertThat(((ReportFormatException) e).getPath()).hasValue("$.metadata.docNo"));
  }

  @Test
  void aMetadataDateMustBeIso() {
    assertThatThrownBy(() -> json.read("{\"metadata\": {\"publishedOn\": \"2024年2月2日\"}}"))
        .isInstanceOf(ReportFormatException.class)
        .satisfies(e -> assertThat(((ReportFormatException) e).getPath())
            .hasValue("$.metadata.publishedOn"));
  }
}
