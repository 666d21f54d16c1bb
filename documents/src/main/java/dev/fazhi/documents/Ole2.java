package dev.fazhi.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Refuses an OLE2 compound file with what it is: an encrypted Office file (Office wraps an encrypted
 * .docx in OLE2, with an {@code EncryptedPackage} stream), a legacy Word or WPS file (a
 * {@code WordDocument} stream; WPS Office's .wps has the same layout), or another legacy Office file.
 */
final class Ole2 {

  private Ole2() {}

  static DocumentFormat refuse(byte[] b, String source) {
    boolean encrypted;
    boolean word;
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
      encrypted = fs.getRoot().hasEntry("EncryptedPackage");
      word = fs.getRoot().hasEntry("WordDocument");
    } catch (IOException | RuntimeException e) {
      throw FormatSniffer.unsupported(source, "a legacy Office file (OLE2) that cannot be opened;"
          + " fazhi reads .docx and PDF: save it as .docx or PDF");
    }
    if (encrypted) {
      throw new DocumentException(DocumentException.Kind.ENCRYPTED, source, 0, 0,
          "an encrypted (password-protected) Office file: remove the password and save it again as"
              + " .docx, or save it as PDF", null);
    }
    if (word) {
      throw FormatSniffer.unsupported(source, "a legacy Word (.doc) or WPS (.wps) file, which fazhi"
          + " does not read: open it and save it as .docx or PDF");
    }
    throw FormatSniffer.unsupported(source, "a legacy Office file (OLE2), not a Word document;"
        + " fazhi reads .docx and PDF: save it as .docx or PDF");
  }
}
