package dev.fazhi.documents.pdf;

import dev.fazhi.documents.Document;
import dev.fazhi.documents.DocumentLimits;

/** Reads a PDF. */
public final class PdfReader {
  private PdfReader() {}

  /**
   * Reads a PDF.
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
