package dev.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The contract every reader's fuzz test checks: a document, or a {@link DocumentException} that names
 * the source and has a reason. Anything else escaping is a finding.
 */
public final class FuzzChecks {

  /** Small limits, so that the fuzzer reaches them with short inputs. */
  public static final DocumentLimits LIMITS = DocumentLimits.builder().maxBytes(200_000)
      .maxInflatedBytes(4_000_000).maxTextChars(200_000).maxPages(50).maxDepth(128)
      .maxPdfMemory(32L * 1024 * 1024).maxTime(Duration.ofSeconds(10)).build();

  private FuzzChecks() {}

  /**
   * Reads and checks the outcome.
   *
   * @param source the source name the errors must start with
   * @param read the read
   */
  public static void check(String source, Supplier<Document> read) {
    Document doc;
    try {
      doc = read.get();
    } catch (DocumentException e) {
      assertThat(e.getReason()).isNotBlank();
      assertThat(e.getMessage()).startsWith(source);
      return;
    }
    assertThat(doc.getLines()).isNotEmpty();
    assertThat(doc.getSource()).hasValue(source);
    assertThat(doc.text()).doesNotContain("\r");
    for (int i = 1; i <= doc.getLines().size(); i++) {
      assertThat(doc.origin(i)).isPresent();
    }
  }
}
