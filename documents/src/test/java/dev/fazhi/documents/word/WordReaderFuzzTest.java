package dev.fazhi.documents.word;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fazhi.documents.FuzzChecks;

/**
 * Any bytes given to the Word reader end in a document or a named {@code DocumentException}. Inputs
 * in {@code src/test/resources/dev/fazhi/documents/word/WordReaderFuzzTestInputs/read/}; see
 * {@code docs/fuzzing.md}.
 */
class WordReaderFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void read(byte[] input) {
    FuzzChecks.check("fuzz.docx", () -> WordReader.read(input, "fuzz.docx", FuzzChecks.LIMITS));
  }
}
