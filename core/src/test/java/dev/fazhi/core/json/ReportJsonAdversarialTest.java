package dev.fazhi.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Report;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Hostile JSON: every case ends quickly, either in a report where the input is legitimate or in a
 * {@link ReportFormatException} that says what was wrong and where, never in another exception.
 */
class ReportJsonAdversarialTest {

  private static final Duration QUICKLY = Duration.ofSeconds(10);

  private final ReportJson json = ReportJson.builder().locale(Locale.ENGLISH).build();

  @Test
  void aTenMegabyteTitleIsReadWithinTheDefaultLimit() {
    String title = "法".repeat(10_000_000);

    Report report = assertTimeoutPreemptively(QUICKLY,
        () -> json.read("{\"title\":\"" + title + "\"}"));

    assertThat(report.getTitle().orElseThrow()).hasSize(10_000_000);
  }

  @Test
  void aTenMegabyteStringOverAConfiguredLimitIsRejected() {
    ReportJson strict = ReportJson.builder().locale(Locale.ENGLISH).maxStringLength(1_000_000).build();
    String text = "x".repeat(10_000_000);

    assertThatThrownBy(() -> assertTimeoutPreemptively(QUICKLY,
        () -> strict.read("{\"title\":\"t\",\"preamble\":[{\"text\":\"" + text + "\"}]}")))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("input exceeds a size limit")
        .hasMessageContaining("1000000")
        .hasMessageContaining("$.preamble[0].text");
  }

  @Test
  void nestingTenThousandArraysDeepIsRejectedAtTheFirstWrongShape() {
    String deep = "{\"title\":\"t\",\"preamble\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

    assertThatThrownBy(() -> assertTimeoutPreemptively(QUICKLY, () -> json.read(deep)))
        .isInstanceOf(ReportFormatException.class)
        .hasMessage("line 1:26 at $.preamble[0]: expected an object, found an array");
  }

  @Test
  void aDocumentThatIsTenThousandArraysDeepIsRejected() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);

    assertThatThrownBy(() -> assertTimeoutPreemptively(QUICKLY, () -> json.read(deep)))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("expected an object, found an array");
  }

  @Test
  void nestingTenThousandSectionsDeepIsRejectedWithoutOverflowingTheStack() {
    String open = "{\"heading\":{\"level\":1,\"text\":\"x\"},\"sections\":[";
    String deep = "{\"title\":\"t\",\"sections\":[" + open.repeat(10_000) + "]}".repeat(10_000) + "]}";

    assertThatThrownBy(() -> assertTimeoutPreemptively(QUICKLY, () -> json.read(deep)))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("nesting depth")
        .hasMessageContaining("$.sections[0].sections[0]");
  }

  @Test
  void aThirtyDigitYearIsRejectedAsTooLarge() {
    assertThatThrownBy(() -> json.read(
        "{\"title\":\"t\",\n\"reportingYear\":123456789012345678901234567890}"))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("line 2:")
        .hasMessageContaining("$.reportingYear")
        .hasMessageContaining("123456789012345678901234567890")
        .hasMessageContaining("too large");
  }

  @Test
  void aThirtyDigitCountIsRejectedAsTooLarge() {
    String doc = "{\"title\":\"t\",\"preamble\":[{\"text\":\"x\",\"figures\":"
        + "[{\"kind\":\"COUNT\",\"value\":123456789012345678901234567890,\"unit\":\"件\"}]}]}";

    assertThatThrownBy(() -> json.read(doc))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("$.preamble[0].figures[0].value")
        .hasMessageContaining("too large");
  }

  @Test
  void aThirtyDigitAmountIsExactBecauseAmountsAreDecimalStrings() {
    String doc = "{\"title\":\"t\",\"preamble\":[{\"text\":\"x\",\"figures\":"
        + "[{\"kind\":\"AMOUNT\",\"yuan\":\"123456789012345678901234567890.01\"}]}]}";

    Report report = json.read(doc);

    assertThat(report.allFigures()).singleElement().hasToString(
        json.read(json.write(report)).allFigures().get(0).toString());
    assertThat(json.write(report)).contains("123456789012345678901234567890.01");
  }

  @Test
  void aDocumentOverTheConfiguredLengthIsRejected() {
    ReportJson small = ReportJson.builder().locale(Locale.ENGLISH).maxDocumentLength(10_000).build();
    String doc = "{\"title\":\"" + "报".repeat(20_000) + "\"}";

    assertThatThrownBy(() -> assertTimeoutPreemptively(QUICKLY, () -> small.read(doc)))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("input exceeds a size limit")
        .hasMessageContaining("10000");
  }

  @Test
  void utf8TruncatedInsideACharacterIsRejected() {
    byte[] whole = "{\"title\":\"法治政府建设年度报告\"}".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(whole, 12); // the 3-byte 法 starts at 10: cut after its second byte

    assertThatThrownBy(() -> json.read(new ByteArrayInputStream(cut), "cut.json"))
        .isInstanceOf(ReportFormatException.class)
        .hasMessage("cut.json: not valid UTF-8 (JSON must be UTF-8)");
  }

  @Test
  void aBrokenUtf8SequenceInsideTheDocumentIsRejectedNotReplaced() {
    byte[] whole = "{\"title\":\"法治政府建设年度报告\"}".getBytes(StandardCharsets.UTF_8);
    byte[] broken = whole.clone();
    broken[11] = (byte) 0x41; // 法's second byte replaced by 'A'

    assertThatThrownBy(() -> json.read(new ByteArrayInputStream(broken), "broken.json"))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("not valid UTF-8");
  }
}
