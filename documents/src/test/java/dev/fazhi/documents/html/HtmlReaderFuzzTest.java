package dev.fazhi.documents.html;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fazhi.documents.FuzzChecks;

/**
 * Any bytes given to the web page reader end in a document or a named {@code DocumentException}. In a
 * normal build this runs over the committed inputs in
 * {@code src/test/resources/dev/fazhi/documents/html/HtmlReaderFuzzTestInputs/read/}; with
 * {@code JAZZER_FUZZ=1} Jazzer fuzzes it (see {@code docs/fuzzing.md}).
 */
class HtmlReaderFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void read(byte[] input) {
    FuzzChecks.check("fuzz.html", () -> HtmlReader.read(input, "fuzz.html", FuzzChecks.LIMITS));
  }
}
