package dev.fazhi.documents.pdf;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fazhi.documents.FuzzChecks;

/**
 * Any bytes given to the PDF reader end in a document or a named {@code DocumentException}. Inputs in
 * {@code src/test/resources/dev/fazhi/documents/pdf/PdfReaderFuzzTestInputs/read/}; see
 * {@code docs/fuzzing.md}.
 */
class PdfReaderFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void read(byte[] input) {
    FuzzChecks.check("fuzz.pdf", () -> PdfReader.read(input, "fuzz.pdf", FuzzChecks.LIMITS));
  }
}
