package dev.fazhi.documents.word;

import dev.fazhi.documents.Document;
import dev.fazhi.documents.DocumentLimits;

/** Reads a Word file. */
public final class WordReader {
  private WordReader() {}

  /**
   * Reads a Word file.
   *
   * @param bytes the file
   * @param source the name
   * @param limits the limits
   * @return the document
   */
  public static Document read(byte[] bytes, String source, DocumentLimits limits) {
    throw new UnsupportedOperationException();
  }
}
