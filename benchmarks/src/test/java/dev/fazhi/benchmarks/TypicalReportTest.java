package dev.fazhi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Report;
import org.junit.jupiter.api.Test;

class TypicalReportTest {

  @Test
  void theTypicalReportIsAsLargeAsTheJsonBenchmarkPromises() {
    Report model = TypicalReport.model();

    assertThat(model.allSections()).hasSizeGreaterThanOrEqualTo(TypicalReport.MIN_SECTIONS);
    assertThat(model.allFigures()).hasSizeGreaterThanOrEqualTo(TypicalReport.MIN_FIGURES);
    assertThat(TypicalReport.generated().getFaults()).as("the validator has a finding to make")
        .isNotEmpty();
  }

  @Test
  void theJsonBenchmarkParsesWhatItMeasures() {
    JsonParseBenchmark benchmark = new JsonParseBenchmark();
    benchmark.sourceText = true;
    benchmark.writeDocument();
    ByteCounter counter = new ByteCounter();

    Report read = benchmark.read(counter);

    assertThat(read).isEqualTo(TypicalReport.generated().toReport(true));
    assertThat(counter.bytes).isEqualTo(ReportJson.defaults().write(read)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
  }

  @Test
  void theRegexBaselineScansTheWholeCorpus() {
    RegexScanBaseline baseline = new RegexScanBaseline();
    baseline.texts = 4;
    baseline.generate();
    ByteCounter counter = new ByteCounter();

    long matched = baseline.scan(counter);

    assertThat(matched).isPositive();
    assertThat(counter.bytes).isEqualTo(TextCorpus.of(4).getUtf8Bytes());
  }
}
