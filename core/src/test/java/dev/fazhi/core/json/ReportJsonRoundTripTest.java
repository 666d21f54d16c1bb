package dev.fazhi.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.RandomReports;
import dev.fazhi.core.model.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportJsonRoundTripTest {

  private final ReportJson json = ReportJson.builder().locale(Locale.ENGLISH).build();

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 2019, 20_260_401})
  void everyGeneratedReportSurvivesTheRoundTrip(long seed) {
    RandomReports reports = new RandomReports(seed);
    for (int i = 0; i < 300; i++) {
      Report report = reports.next();
      String written = json.write(report);
      Report read = json.read(written);
      assertThat(read).as("report %d of seed %d:%n%s", i, seed, written).isEqualTo(report);
      assertThat(json.write(read)).isEqualTo(written);
    }
  }

  @Test
  void compactOutputRoundTripsToo() {
    ReportJson compact = ReportJson.builder().locale(Locale.ENGLISH).prettyPrint(false).build();
    RandomReports reports = new RandomReports(7);
    for (int i = 0; i < 100; i++) {
      Report report = reports.next();
      String written = compact.write(report);
      assertThat(written).doesNotContain("\n  ");
      assertThat(compact.read(written)).isEqualTo(report);
    }
  }

  @Test
  void decimalsKeepTheDigitsAsWritten() {
    Rate rate = Rate.builder().numerator(166).denominator(359).ratePercent(new BigDecimal("46.20"))
        .build();
    Amount amount = Amount.builder().yuan(new BigDecimal("2144890.20")).build();
    Report report = Report.builder().title("t").addPreamble(
        dev.fazhi.core.model.Paragraph.builder().text("p").addFigures(rate, amount).build()).build();

    String written = json.write(report);
    assertThat(written).contains("\"ratePercent\" : \"46.20\"").contains("\"yuan\" : \"2144890.20\"");

    Report read = json.read(written);
    Figure readRate = read.allFigures().get(0);
    assertThat(((Rate) readRate).getRatePercent()).hasToString("46.20");
    assertThat(((Rate) readRate).getRatePercent().scale()).isEqualTo(2);
  }

  @Test
  void aDecimalWrittenAsAJsonNumberIsReadExactly() {
    String written = """
        {"title": "t", "preamble": [{"text": "p", "figures": [
          {"kind": "AMOUNT", "yuan": 214.48902, "statedUnit": "万元"}]}]}""";
    Amount amount = (Amount) json.read(written).allFigures().get(0);
    assertThat(amount.getYuan()).isEqualByComparingTo("214.48902");
    assertThat(amount.getYuan().scale()).isEqualTo(5);
  }

  @Test
  void filesStreamsAndWritersAgree(@TempDir Path dir) throws IOException {
    Report report = new RandomReports(99).next();
    Path file = dir.resolve("r.json");
    json.write(report, file);
    assertThat(json.read(file)).isEqualTo(report);

    StringWriter out = new StringWriter();
    json.write(report, out);
    assertThat(out).hasToString(json.write(report));
    byte[] bytes = Files.readAllBytes(file);
    assertThat(json.read(new ByteArrayInputStream(bytes), "r.json")).isEqualTo(report);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(json.write(report));
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

    assertThat(written).doesNotContain("\"empty\"", "\"hasBody\"", "\"body\"", "fullText", "partsSum");
  }

  @Test
  void aDocumentThatIsJustNullIsNoReport() {
    assertThatThrownBy(() -> json.read("null"))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("expected a report object, found null");
  }
}
