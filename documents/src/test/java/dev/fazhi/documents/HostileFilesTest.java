package dev.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.documents.word.DocxBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * Files made to hurt a reader, each generated here: every one ends as a {@link DocumentException}
 * that names the file and says what is wrong, within the limits, never as another exception.
 */
class HostileFilesTest {

  private static final DocumentReader READER = DocumentReader.defaults();

  private static DocumentException refused(DocumentReader reader, byte[] bytes, String name,
      DocumentException.Kind kind, String... words) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> reader.read(bytes, name));
    assertThat(t).isInstanceOf(DocumentException.class);
    DocumentException e = (DocumentException) t;
    assertThat(e.getKind()).as(e.getMessage()).isEqualTo(kind);
    assertThat(e.getMessage()).startsWith(name);
    for (String w : words) {
      assertThat(e.getMessage()).contains(w);
    }
    inOurWords(e, name);
    return e;
  }

  /**
   * The message in both languages names the file, is rendered from the bundle (no bare key) and holds
   * none of the library's own words, which stay in the cause.
   */
  static void inOurWords(DocumentException e, String name) {
    String english = e.getMessage(java.util.Locale.ENGLISH);
    String chinese = e.getMessage(java.util.Locale.SIMPLIFIED_CHINESE);
    assertThat(english).startsWith(name).doesNotContainPattern("\\p{IsHan}");
    assertThat(chinese).startsWith(name).containsPattern("\\p{IsHan}").isNotEqualTo(english);
    assertThat(e.reason().in(java.util.Locale.ENGLISH)).doesNotMatch("[a-zA-Z.]+");
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      String m = c.getMessage();
      if (m != null && m.length() > 8) {
        assertThat(english).doesNotContain(m);
        assertThat(chinese).doesNotContain(m);
      }
    }
  }

  private static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  // ------------------------------------------------------------------ formats fazhi does not read

  @Test
  void aLegacyWordFileIsNamedWithWhatToDo() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
      fs.writeFilesystem(out);
    }
    refused(READER, out.toByteArray(), "old.doc", DocumentException.Kind.UNSUPPORTED_FORMAT,
        "legacy Word (.doc) or WPS (.wps)", "save it as .docx or PDF");
  }

  @Test
  void anEncryptedWordFileIsNamedAsSuch() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[512]), "EncryptionInfo");
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
      fs.writeFilesystem(out);
    }
    refused(READER, out.toByteArray(), "secret.docx", DocumentException.Kind.ENCRYPTED, "password");
  }

  @Test
  void anOfdFileAndOtherZipsAreNamed() throws IOException {
    refused(READER, zip("OFD.xml", "<ofd:OFD/>", "Doc_0/Document.xml", "<x/>"), "r.ofd",
        DocumentException.Kind.UNSUPPORTED_FORMAT, "OFD", "PDF");
    refused(READER, zip("xl/workbook.xml", "<x/>"), "t.xlsx", DocumentException.Kind.NOT_A_DOCUMENT, "Excel");
    refused(READER, zip("a.txt", "x"), "a.zip", DocumentException.Kind.NOT_A_DOCUMENT, "not a Word file");
  }

  @Test
  void anEncryptedPdfIsNamedAsSuch() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
    }
    refused(READER, out.toByteArray(), "locked.pdf", DocumentException.Kind.ENCRYPTED, "password");
  }

  @Test
  void imagesAreNoDocuments() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    refused(READER, png, "logo.png", DocumentException.Kind.NOT_A_DOCUMENT, "PNG image");
  }

  // ------------------------------------------------------------------ Word: bombs and entities

  @Test
  void aZipBombIsRefusedBeforeInflating() throws IOException {
    byte[] zeros = new byte[20 * 1024 * 1024];
    byte[] docx = new DocxBuilder().para("正文").part("word/media/bomb.bin", zeros).build();
    assertThat(docx.length).isLessThan(200_000);
    refused(READER, docx, "bomb.docx", DocumentException.Kind.LIMIT, "zip bomb");
  }

  @Test
  void aZipBombWhoseDirectoryLiesIsRefusedWhileInflating() throws IOException {
    byte[] zeros = new byte[20 * 1024 * 1024];
    byte[] docx = new DocxBuilder().para("正文").part("word/media/bomb.bin", zeros).build();
    lieAboutSizes(docx);
    refused(READER, docx, "liar.docx", DocumentException.Kind.LIMIT, "zip bomb");
  }

  /** Sets every size in the central directory to the compressed size, so that no ratio shows. */
  private static void lieAboutSizes(byte[] b) {
    for (int i = 0; i + 46 < b.length; i++) {
      if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
        System.arraycopy(b, i + 20, b, i + 24, 4);
      }
    }
  }

  @Test
  void externalEntitiesAndEntityExpansionAreRefused() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
        + "<w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
    byte[] docx = new DocxBuilder().part("word/document.xml", xxe.getBytes(StandardCharsets.UTF_8)).build();
    refused(READER, docx, "xxe.docx", DocumentException.Kind.MALFORMED, "DOCTYPE");
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"lol\">");
    for (int i = 1; i < 10; i++) {
      laughs.append("<!ENTITY ").append((char) ('a' + i)).append(" \"")
          .append(("&" + (char) ('a' + i - 1) + ";").repeat(10)).append("\">");
    }
    laughs.append("]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>");
    byte[] bomb = new DocxBuilder().part("word/document.xml", laughs.toString().getBytes(StandardCharsets.UTF_8)).build();
    refused(READER, bomb, "laughs.docx", DocumentException.Kind.MALFORMED, "DOCTYPE");
  }

  @Test
  void tablesNestedBeyondTheLimitAreRefused() {
    String open = "<w:tbl><w:tr><w:tc>";
    String close = "<w:p/></w:tc></w:tr></w:tbl>";
    byte[] docx = new DocxBuilder().raw(open.repeat(400) + "<w:p><w:r><w:t>深处</w:t></w:r></w:p>" + close.repeat(400))
        .build();
    DocumentException e = refused(READER, docx, "deep.docx", DocumentException.Kind.LIMIT);
    // on JDK 24 and later the JDK's XML parser stops at a depth of 100 before our limit is reached
    assertThat(e.getMessage()).containsAnyOf("deeper than the limit of 512", "nests its XML too deeply");
  }

  @Test
  void aDamagedWordFileIsNamedAsDamaged() throws IOException {
    byte[] docx = new DocxBuilder().para("正文").build();
    byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
    cut[cut.length - 1] = 0;
    // a cut zip has no directory at its end: not a Word file as far as its first bytes tell
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> READER.read(cut, "cut.docx"));
    assertThat(t).isInstanceOf(DocumentException.class).hasMessageStartingWith("cut.docx");
    inOurWords((DocumentException) t, "cut.docx");
    refused(READER, zip("word/document.xml", "<not-closed"), "broken.docx", DocumentException.Kind.MALFORMED);
  }

  // ------------------------------------------------------------------ PDF: loops, lies, limits

  private static byte[] rawPdf(String... objects) {
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    java.util.List<Integer> offsets = new java.util.ArrayList<>();
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

  @Test
  void aPageTreeThatContainsItselfEndsClearly() {
    byte[] pdf = rawPdf("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>");
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> READER.read(pdf, "loop.pdf"));
    assertThat(t).isInstanceOf(DocumentException.class).hasMessageStartingWith("loop.pdf");
    inOurWords((DocumentException) t, "loop.pdf");
  }

  @Test
  void aFormThatDrawsItselfEndsClearly() {
    String stream = "/F1 Do";
    byte[] pdf = rawPdf("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /XObject << /F1 5 0 R >> >> >>",
        "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /F1 5 0 R >> >> /Length "
            + stream.length() + " >>\nstream\n" + stream + "\nendstream");
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> READER.read(pdf, "self.pdf"));
    assertThat(t).isInstanceOf(DocumentException.class).hasMessageStartingWith("self.pdf");
    inOurWords((DocumentException) t, "self.pdf");
  }

  @Test
  void aPdfThatClaimsMorePagesThanTheLimitIsRefused() {
    byte[] pdf = rawPdf("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 100000000 >>");
    refused(READER, pdf, "many.pdf", DocumentException.Kind.LIMIT, "over the limit of 2000");
  }

  @Test
  void garbageAfterThePdfHeaderIsADamagedPdf() {
    byte[] pdf = "%PDF-1.7\n\u0001\u0002 not a pdf at all".getBytes(StandardCharsets.ISO_8859_1);
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> READER.read(pdf, "junk.pdf"));
    assertThat(t).isInstanceOf(DocumentException.class).hasMessageStartingWith("junk.pdf");
    inOurWords((DocumentException) t, "junk.pdf");
    assertThat(((DocumentException) t).getMessage(java.util.Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("junk.pdf：PDF 已损坏：无法读取其结构；请打开后重新保存或导出为 PDF");
    assertThat(t.getCause()).as("PDFBox's own exception, kept for whoever debugs").isNotNull();
  }

  // ------------------------------------------------------------------ limits are settable

  @Test
  void theReaderSpeaksTheLanguageOfItsBuilderOrElseOfItsCoreReader() {
    byte[] pdf = "%PDF-1.7\n\u0001\u0002 not a pdf at all".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(READER.locale()).isEqualTo(dev.fazhi.core.read.ReportReader.defaults().locale());
    DocumentReader chinese = DocumentReader.builder().locale(java.util.Locale.SIMPLIFIED_CHINESE).build();
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> chinese.read(pdf, "坏.pdf")))
        .isInstanceOf(DocumentException.class).hasMessage("坏.pdf：PDF 已损坏：无法读取其结构；请打开后重新保存或导出为 PDF");
    DocumentReader viaCore = DocumentReader.builder().reportReader(
        dev.fazhi.core.read.ReportReader.builder().locale(java.util.Locale.CHINESE).build()).build();
    assertThat(viaCore.locale()).isEqualTo(java.util.Locale.CHINESE);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> viaCore.read(pdf, "坏.pdf")))
        .hasMessageStartingWith("坏.pdf：PDF 已损坏");
    // a text that reads but is no report: the core reader's error, in the document reader's language
    assertThat(org.assertj.core.api.Assertions.catchThrowable(
        () -> chinese.readReport("这只是一句话。".getBytes(StandardCharsets.UTF_8), "a.txt")))
        .isInstanceOf(dev.fazhi.core.ReportFormatException.class).hasMessageStartingWith("a.txt：")
        .hasMessageContaining("法治政府建设年度报告");
  }

  @Test
  void aPageIsNamedInTheLanguageAsked() {
    DocumentException e = DocumentException.of(DocumentException.Kind.LIMIT, "r.pdf", 3, null,
        "pdf.textTooLong", 10);
    assertThat(e.getMessage()).isEqualTo("r.pdf: page 3: the PDF's text is longer than the limit of 10 characters");
    assertThat(e.withLocale(java.util.Locale.CHINA).getMessage())
        .isEqualTo("r.pdf：第 3 页：PDF 的文字超过了 10 个字符的上限");
    assertThat(e.withLocale(java.util.Locale.CHINA).getPage()).hasValue(3);
    assertThat(e.withLocale(java.util.Locale.CHINA).getKind()).isEqualTo(DocumentException.Kind.LIMIT);
  }

  @Test
  void sizeAndTimeLimitsAreSettable() {
    DocumentReader small = DocumentReader.builder().limits(DocumentLimits.builder().maxBytes(100).build()).build();
    refused(small, new byte[101], "big.txt", DocumentException.Kind.LIMIT, "limit of 100 bytes");
    DocumentReader hasty = DocumentReader.builder()
        .limits(DocumentLimits.builder().maxTime(Duration.ZERO).build()).build();
    String page = "<html><body>" + "<p>段落</p>".repeat(200) + "</body></html>";
    refused(hasty, page.getBytes(StandardCharsets.UTF_8), "slow.html", DocumentException.Kind.LIMIT, "time limit");
  }
}
