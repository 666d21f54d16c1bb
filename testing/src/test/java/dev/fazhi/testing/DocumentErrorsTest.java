package dev.fazhi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fazhi.documents.DocumentException;
import dev.fazhi.documents.DocumentReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * Real failures of each kind, from files made here, rendered in both languages: each message names the
 * file, is in one language, and holds none of the library's own words (PDFBox's, POI's), which stay in
 * the cause.
 */
class DocumentErrorsTest {

  private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  private static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(p.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] docx(String documentXml, String extraName, byte[] extra) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "</Types>").getBytes(StandardCharsets.UTF_8));
    parts.put("_rels/.rels", ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>").getBytes(StandardCharsets.UTF_8));
    parts.put("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
    if (extraName != null) {
      parts.put(extraName, extra);
    }
    return zip(parts);
  }

  private static byte[] rawPdf(String... objects) {
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new java.util.ArrayList<>();
    for (int i = 0; i < objects.length; i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int o : offsets) {
      pdf.append(String.format("%010d 00000 n \n", o));
    }
    pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static Map<String, byte[]> hostile() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("junk.pdf", "%PDF-1.7\n\u0001\u0002 not a pdf at all".getBytes(StandardCharsets.ISO_8859_1));
    files.put("root.pdf", rawPdf("<< /Type /Catalog /Pages 2 0 R >>", "[1 2 3]"));
    files.put("loop.pdf", rawPdf("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"));
    files.put("many.pdf", rawPdf("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 100000000 >>"));
    ByteArrayOutputStream locked = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(locked);
    }
    files.put("locked.pdf", locked.toByteArray());
    try (InputStream in = DocumentErrorsTest.class.getResourceAsStream("/documents/scanned.pdf")) {
      files.put("scanned.pdf", in.readAllBytes());
    }
    files.put("xxe.docx", docx("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document " + W + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>", null, null));
    files.put("bomb.docx", docx("<w:document " + W + "><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>",
        "word/media/bomb.bin", new byte[20 * 1024 * 1024]));
    files.put("broken.docx", docx("<w:document " + W + "><w:body><w:p>", null, null));
    ByteArrayOutputStream doc = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
      fs.writeFilesystem(doc);
    }
    files.put("old.doc", doc.toByteArray());
    ByteArrayOutputStream secret = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[512]), "EncryptionInfo");
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
      fs.writeFilesystem(secret);
    }
    files.put("secret.docx", secret.toByteArray());
    files.put("r.ofd", zip(Map.of("OFD.xml", "<ofd:OFD/>".getBytes(StandardCharsets.UTF_8))));
    files.put("deep.html", ("<html><body>" + "<div>".repeat(5000) + "深" + "</div>".repeat(5000) + "</body></html>")
        .getBytes(StandardCharsets.UTF_8));
    byte[] gbk = "<html><head><meta charset=\"utf-8\"></head><body><p>正文</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    gbk[gbk.length - 20] = (byte) 0xFF;
    files.put("bad.html", gbk);
    files.put("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    return files;
  }

  @Test
  void everyFailureIsNamedInOneLanguageInOurOwnWords() throws IOException {
    Map<String, byte[]> files = hostile();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Throwable t = catchThrowable(() -> DocumentReader.defaults().read(file.getValue(), file.getKey()));
      assertThat(t).as(file.getKey()).isInstanceOf(DocumentException.class);
      DocumentException e = (DocumentException) t;
      for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
        String message = e.getMessage(locale);
        assertThat(message).as(file.getKey()).startsWith(file.getKey());
        MessageLanguage.assertInOneLanguage(message.substring(file.getKey().length()), locale);
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
          if (c.getMessage() != null && c.getMessage().length() > 8) {
            assertThat(message).as(file.getKey() + " in " + locale).doesNotContain(c.getMessage());
          }
        }
      }
      // the reader built for Chinese says it so
      Throwable zh = catchThrowable(() -> DocumentReader.builder().locale(Locale.CHINA).build()
          .read(file.getValue(), file.getKey()));
      assertThat(zh.getMessage()).isEqualTo(e.getMessage(Locale.CHINA));
    }
  }
}
