package dev.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: "a batch under {@code -Xmx256m} survives any one hostile file". The command runs in a
 * forked JVM with a 256 MB heap over one directory holding the same good report as text, web page,
 * Word file and PDF, and files made here to hurt a reader: zip bombs (one whose directory tells the
 * truth, one whose directory lies), an XML entity expansion and an external entity in a Word file, a
 * page nested 100 000 deep, PDFs whose page tree loops, whose form draws itself, whose objects nest
 * 100 000 deep, that claim 100 million pages, whose one content stream inflates to 300 MB, an
 * encrypted PDF and Word file, and a legacy .doc. Every good report is checked; every hostile file is
 * named with its reason in the command's own words; the exit status is 2 (cli.md: a file that cannot
 * be read); nothing runs out of memory and no stack trace is printed.
 */
class HostileBatchTest {

  private static final Path DOCUMENTS = Path.of("..", "documents", "src", "test", "resources", "dev",
      "fazhi", "documents");
  private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  private static final int MB = 1024 * 1024;

  @Test
  void everyGoodReportIsCheckedAndEveryHostileFileNamed(@TempDir Path dir) throws Exception {
    Path batch = Files.createDirectory(dir.resolve("batch"));
    String text = Files.readString(Path.of("..", "samples", "qingshan-justice-2024-clean.txt"));
    Files.writeString(batch.resolve("good.txt"), text);
    StringBuilder page = new StringBuilder("<html><head><meta charset=\"gbk\"></head><body><div id=\"zoom\">");
    text.lines().filter(l -> !l.isBlank()).forEach(l -> page.append("<p>").append(l).append("</p>\n"));
    Files.write(batch.resolve("good.html"), page.append("</div></body></html>").toString()
        .getBytes(Charset.forName("GBK")));
    Files.copy(DOCUMENTS.resolve("word/WordReaderFuzzTestInputs/read/sample.docx"), batch.resolve("good.docx"));
    Files.copy(DOCUMENTS.resolve("pdf/report-text.pdf"), batch.resolve("good.pdf"));

    // what each hostile file must be named with (English, as --locale en asks)
    Map<String, String> hostile = new LinkedHashMap<>();
    hostile.put("bomb.docx", "zip bomb");
    writeDocx(batch.resolve("bomb.docx"), false);
    hostile.put("lying-bomb.docx", "zip bomb");
    writeDocx(batch.resolve("lying-bomb.docx"), true);
    hostile.put("laughs.docx", "DOCTYPE");
    Files.write(batch.resolve("laughs.docx"), docx(laughs()));
    hostile.put("xxe.docx", "DOCTYPE");
    Files.write(batch.resolve("xxe.docx"), docx("<?xml version=\"1.0\"?><!DOCTYPE w:document ["
        + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document " + W
        + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"));
    hostile.put("deep.html", "deeper than the limit of 512");
    Files.writeString(batch.resolve("deep.html"), "<html><body>" + "<div>".repeat(100_000) + "深"
        + "</div>".repeat(100_000) + "</body></html>");
    hostile.put("loop.pdf", "the PDF");
    Files.write(batch.resolve("loop.pdf"), rawPdf("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"));
    hostile.put("self.pdf", "the PDF");
    String draw = "/F1 Do";
    Files.write(batch.resolve("self.pdf"), rawPdf("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /XObject << /F1 5 0 R >> >> >>",
        "<< /Length " + draw.length() + " >>\nstream\n" + draw + "\nendstream",
        "<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /F1 5 0 R >> >> /Length "
            + draw.length() + " >>\nstream\n" + draw + "\nendstream"));
    hostile.put("nested.pdf", "the PDF");
    Files.write(batch.resolve("nested.pdf"), rawPdf("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots " + "[".repeat(100_000)
            + "]".repeat(100_000) + " >>"));
    hostile.put("many.pdf", "over the limit of 2000");
    Files.write(batch.resolve("many.pdf"), rawPdf("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [] /Count 100000000 >>"));
    hostile.put("flood.pdf", "the PDF");
    Files.write(batch.resolve("flood.pdf"), floodPdf(300));
    hostile.put("locked.pdf", "password");
    Files.write(batch.resolve("locked.pdf"), lockedPdf());
    hostile.put("secret.docx", "password");
    writeOle2(batch.resolve("secret.docx"), "EncryptionInfo", "EncryptedPackage");
    hostile.put("old.doc", "save it as .docx or PDF");
    writeOle2(batch.resolve("old.doc"), "WordDocument");

    Path out = dir.resolve("out.json");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "check", "--format", "json", "--locale", "en", batch.toString())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("the batch ends").isTrue();

    String stderr = Files.readString(err);
    assertThat(stderr).doesNotContain("OutOfMemoryError").doesNotContain("StackOverflowError")
        .doesNotContainPattern("\\n\\s+at [\\w.$]+\\(").doesNotContain("Exception");
    assertThat(process.exitValue()).as(stderr).isEqualTo(2);
    JsonNode json = CliRun.JSON.readTree(out.toFile());
    List<String> checked = new ArrayList<>();
    json.get("reports").forEach(r -> checked.add(Path.of(r.get("source").asText()).getFileName().toString()));
    assertThat(checked).containsExactlyInAnyOrder("good.txt", "good.html", "good.docx", "good.pdf");
    Map<String, String> errors = new TreeMap<>();
    json.get("errors").forEach(e -> errors.put(Path.of(e.get("source").asText()).getFileName().toString(),
        e.get("message").asText()));
    assertThat(errors).as(stderr).containsOnlyKeys(hostile.keySet());
    hostile.forEach((name, words) -> assertThat(errors.get(name)).as(name).contains(words)
        .doesNotContain("Exception").doesNotContain("Error").doesNotContain("internal"));
  }

  /** 300 MB of zeros in one part; the lying one states every size as the compressed size. */
  private static void writeDocx(Path file, boolean lie) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_SPEED);
      parts(zip, "<w:document " + W + "><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>");
      zip.putNextEntry(new ZipEntry("word/media/bomb.bin"));
      byte[] zeros = new byte[MB];
      for (int i = 0; i < 300; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    byte[] b = bytes.toByteArray();
    if (lie) {
      for (int i = 0; i + 46 < b.length; i++) {
        if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
          System.arraycopy(b, i + 20, b, i + 24, 4);
        }
      }
    }
    Files.write(file, b);
  }

  private static byte[] docx(String documentXml) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      parts(zip, documentXml);
    }
    return bytes.toByteArray();
  }

  private static void parts(ZipOutputStream zip, String documentXml) throws IOException {
    put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "</Types>");
    put(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>");
    put(zip, "word/document.xml", documentXml);
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** A billion laughs: ten entities each ten times the one before. */
  private static String laughs() {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"lol\">");
    for (int i = 1; i < 10; i++) {
      x.append("<!ENTITY ").append((char) ('a' + i)).append(" \"")
          .append(("&" + (char) ('a' + i - 1) + ";").repeat(10)).append("\">");
    }
    return x.append("]><w:document ").append(W)
        .append("><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>").toString();
  }

  private static byte[] rawPdf(String... objects) {
    return rawPdf(List.of(objects), Map.of());
  }

  /** A PDF of the given objects; {@code streams} gives binary stream data by object number. */
  private static byte[] rawPdf(List<String> objects, Map<Integer, byte[]> streams) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    write(pdf, "%PDF-1.4\n");
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.size());
      write(pdf, (i + 1) + " 0 obj\n" + objects.get(i));
      byte[] data = streams.get(i + 1);
      if (data != null) {
        write(pdf, "\nstream\n");
        pdf.writeBytes(data);
        write(pdf, "\nendstream");
      }
      write(pdf, "\nendobj\n");
    }
    int xref = pdf.size();
    StringBuilder tail = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (int o : offsets) {
      tail.append(String.format("%010d 00000 n \n", o));
    }
    tail.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    write(pdf, tail.toString());
    return pdf.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** One page whose content stream inflates to {@code megabytes} MB of spaces. */
  private static byte[] floodPdf(int megabytes) throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(packed, new Deflater(Deflater.BEST_SPEED))) {
      byte[] spaces = new byte[MB];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < megabytes; i++) {
        z.write(spaces);
      }
    }
    byte[] data = packed.toByteArray();
    return rawPdf(List.of("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
        "<< /Length " + data.length + " /Filter /FlateDecode >>"), Map.of(4, data));
  }

  private static byte[] lockedPdf() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
    }
    return out.toByteArray();
  }

  private static void writeOle2(Path file, String... streams) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
      for (String s : streams) {
        fs.createDocument(new ByteArrayInputStream(new byte[4096]), s);
      }
      fs.writeFilesystem(out);
    }
  }
}
