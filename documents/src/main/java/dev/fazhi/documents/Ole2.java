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
      throw DocumentException.of(DocumentException.Kind.UNSUPPORTED_FORMAT, source, 0, e, "legacyDamaged");
    }
    if (encrypted) {
      throw DocumentException.of(DocumentException.Kind.ENCRYPTED, source, 0, null, "encryptedOffice");
    }
    if (word) {
      throw FormatSniffer.unsupported(source, "legacyWord");
    }
    throw FormatSniffer.unsupported(source, "legacyOffice");
  }
}
