package dev.fazhi.documents.word;

import static dev.fazhi.documents.word.DocxBuilder.lvl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.documents.Document;
import dev.fazhi.documents.DocumentLine;
import dev.fazhi.documents.DocumentReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The numbering emulator against LibreOffice Writer's rendering of the same files. Word itself is not
 * available here, so the emulator's expectations come from Word's documented formats
 * ({@link NumberFormatsTest}, {@link WordNumberingTest}) and from a few labels reported in public as
 * Word's own ({@link WordObservedLabelsTest}); this is a second opinion from another
 * implementation, not Word's. The files ({@code src/test/resources/dev/fazhi/documents/word/libreoffice/
 * *.docx}) are made by {@link #cases()}; LibreOffice's text export of each ({@code *.txt}) was captured
 * by {@code src/test/libreoffice/capture.sh} (LibreOffice 7.4.7 from Debian; the version is committed
 * beside them) and committed, so the build needs no LibreOffice. Where the two disagree, the
 * difference is listed, with why, in {@code differences.txt} beside them, one line a paragraph; the
 * test fails on any disagreement not listed and on any listed one that went away.
 *
 * <p>Write the files with {@code -Dfazhi.libreoffice.write=true}, then run the script.
 */
class LibreOfficeNumberingTest {

  static final Path DIR = Path.of("src/test/resources/dev/fazhi/documents/word/libreoffice");

  private static final String[] FORMATS = {"decimal", "decimalZero", "upperRoman", "lowerRoman",
      "upperLetter", "lowerLetter", "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
      "ideographTraditional", "ideographZodiac", "decimalEnclosedCircle", "decimalEnclosedCircleChinese",
      "decimalEnclosedParen", "decimalEnclosedFullstop", "decimalFullWidth", "ideographDigital"};

  private static final int[] VALUES = {1, 2, 3, 9, 10, 11, 12, 19, 20, 21, 26, 27, 50, 99, 100, 101, 110,
      111, 999, 1000, 1001, 1010, 2024, 10000, 10001};

  private static String p(int numId, int ilvl, String text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId
        + "\"/></w:numPr></w:pPr>" + DocxBuilder.run(text) + "</w:p>";
  }

  /** The files, by name: each paragraph's text is a marker (p1, p2, …) that follows its label. */
  static Map<String, DocxBuilder> cases() {
    Map<String, DocxBuilder> cases = new LinkedHashMap<>();
    StringBuilder numbering = new StringBuilder();
    StringBuilder body = new StringBuilder();
    int numId = 1;
    int marker = 1;
    for (int f = 0; f < FORMATS.length; f++) {
      numbering.append("<w:abstractNum w:abstractNumId=\"").append(f).append("\">")
          .append(lvl(0, 1, FORMATS[f], "%1.", null)).append("</w:abstractNum>");
    }
    for (int f = 0; f < FORMATS.length; f++) {
      for (int v : VALUES) {
        numbering.append("<w:num w:numId=\"").append(numId).append("\"><w:abstractNumId w:val=\"").append(f)
            .append("\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"").append(v)
            .append("\"/></w:lvlOverride></w:num>");
        body.append(p(numId++, 0, "p" + marker++));
      }
    }
    cases.put("formats", new DocxBuilder().numbering(numbering.toString()).raw(body.toString()));

    DocxBuilder headings = new DocxBuilder();
    String[] levels = {"1", "2", "2", "3", "4", "3", "2", "3", "1", "2"};
    marker = 1;
    for (String level : levels) {
      headings.heading(Integer.parseInt(level), "p" + marker++);
    }
    for (int i = 0; i < 12; i++) {
      headings.heading(1, "p" + marker++).para("正文" + i);
    }
    cases.put("report-headings", headings);

    String overrides = "<w:abstractNum w:abstractNumId=\"5\">" + lvl(0, 3, "decimalEnclosedCircle", "%1", null)
        + lvl(1, 1, "ideographTraditional", "%2.", null) + "</w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"6\">" + lvl(0, 1, "chineseLegalSimplified", "第%1条", null)
        + lvl(1, 1, "decimal", "%1.%2", null) + "</w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"7\">" + lvl(0, 1, "chineseCounting", "%1、", null)
        + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:isLgl/><w:numFmt w:val=\"decimal\"/>"
        + "<w:lvlText w:val=\"%1.%2\"/></w:lvl></w:abstractNum>"
        + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"5\"/></w:num>"
        + "<w:num w:numId=\"8\"><w:abstractNumId w:val=\"5\"/></w:num>"
        + "<w:num w:numId=\"9\"><w:abstractNumId w:val=\"5\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"10\"/></w:lvlOverride></w:num>"
        + "<w:num w:numId=\"10\"><w:abstractNumId w:val=\"6\"/><w:lvlOverride w:ilvl=\"1\"><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/>"
        + "<w:numFmt w:val=\"decimalFullWidth\"/><w:lvlText w:val=\"%1-%2\"/></w:lvl></w:lvlOverride></w:num>"
        + "<w:num w:numId=\"11\"><w:abstractNumId w:val=\"7\"/></w:num>";
    cases.put("overrides", new DocxBuilder().numbering(overrides)
        .raw(p(7, 0, "p1")).raw(p(7, 1, "p2")).raw(p(7, 1, "p3")).raw(p(8, 0, "p4")).raw(p(9, 0, "p5"))
        .raw(p(10, 0, "p6")).raw(p(10, 1, "p7")).raw(p(10, 1, "p8")).raw(p(10, 0, "p9"))
        .raw(p(11, 0, "p10")).raw(p(11, 1, "p11")).raw(p(11, 1, "p12")));
    return cases;
  }

  /** Marker to label, from the emulator. */
  private static Map<String, String> emulator(byte[] docx) {
    Document doc = DocumentReader.defaults().read(docx, "t.docx");
    Map<String, String> out = new LinkedHashMap<>();
    for (DocumentLine line : doc.getLines()) {
      String text = line.getText();
      int at = text.lastIndexOf('p');
      if (at >= 0 && text.substring(at + 1).matches("\\d+")) {
        out.put(text.substring(at), line.getNumberingLabel().orElse("").strip());
      }
    }
    return out;
  }

  /** Marker to label, from LibreOffice's text export: the label and a tab stand before the marker. */
  static Map<String, String> libreOffice(List<String> lines) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String raw : lines) {
      String line = raw.replace("\uFEFF", "");
      int at = line.lastIndexOf('p');
      if (at >= 0 && line.substring(at + 1).matches("\\d+")) {
        out.put(line.substring(at), line.substring(0, at).strip());
      }
    }
    return out;
  }

  @Test
  void theEmulatorLabelsAsLibreOfficeDoesButForTheListedDifferences() throws IOException {
    boolean write = Boolean.getBoolean("fazhi.libreoffice.write");
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, DocxBuilder> c : cases().entrySet()) {
      Path docx = DIR.resolve(c.getKey() + ".docx");
      if (write) {
        Files.createDirectories(DIR);
        Files.write(docx, c.getValue().build());
        continue;
      }
      Path txt = DIR.resolve(c.getKey() + ".txt");
      assertThat(txt).as("captured by src/test/libreoffice/capture.sh").exists();
      Map<String, String> ours = emulator(Files.readAllBytes(docx));
      Map<String, String> theirs = libreOffice(Files.readAllLines(txt, StandardCharsets.UTF_8));
      assertThat(theirs.keySet()).as(c.getKey()).isEqualTo(ours.keySet());
      ours.forEach((marker, label) -> {
        if (!label.equals(theirs.get(marker))) {
          differences.add(c.getKey() + " " + marker + " fazhi=" + label + " libreoffice=" + theirs.get(marker));
        }
      });
    }
    if (!write) {
      List<String> listed = Files.readAllLines(DIR.resolve("differences.txt"), StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      assertThat(differences).isEqualTo(listed);
    }
  }
}
