package dev.fazhi.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Any bytes given to {@link ReportJson#read} either give a report or end in a
 * {@link ReportFormatException}; every other exception or error is a finding.
 *
 * <p>In a normal build this runs once over the committed inputs in
 * {@code src/test/resources/dev/fazhi/core/json/ReportJsonFuzzTestInputs/read/}. With the environment
 * variable {@code JAZZER_FUZZ=1} Jazzer fuzzes it; see {@code docs/fuzzing.md}.
 */
class ReportJsonFuzzTest {

  /** Limits small enough that the fuzzer can reach them with short inputs. */
  private static final ReportJson JSON = ReportJson.builder()
      .maxNestingDepth(64)
      .maxStringLength(4_000)
      .maxDocumentLength(64_000)
      .maxNumberLength(40)
      .build();

  @FuzzTest(maxDuration = "5m")
  void read(byte[] input) throws IOException {
    Report report;
    try {
      report = JSON.read(new ByteArrayInputStream(input), "fuzz.json");
    } catch (ReportFormatException e) {
      assertThat(e.getReason()).isNotBlank();
      assertThat(e.getMessage()).startsWith("fuzz.json");
      return;
    }
    // What was read must survive a round trip unchanged: nothing is lost or invented.
    String written = JSON.write(report);
    assertThat(JSON.read(written)).isEqualTo(report);
  }
}
