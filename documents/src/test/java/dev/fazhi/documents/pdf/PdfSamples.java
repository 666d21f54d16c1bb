package dev.fazhi.documents.pdf;

import dev.fazhi.documents.SampleText;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Makes the PDFs the tests read, from the project's own sample report: a text PDF laid out as an
 * official document is (A4, 16 pt, lines broken at the text width, about 27 characters, a centred
 * title, the date set right, page numbers {@code — 3 —} at the foot),
 * in WenQuanYi Micro Hei, embedded as a subset (the font is under the Apache License 2.0 or the GPL v3
 * with a font embedding exception; Debian package {@code fonts-wqy-microhei}); the same PDF with its
 * fonts' Unicode maps removed on one page; and a scanned page, an image with no text.
 *
 * <p>The files are committed under {@code src/test/resources/dev/fazhi/documents/pdf/}, so that the
 * tests need no font; {@code main} writes them again where the font is installed.
 */
public final class PdfSamples {

  /** Where Debian's fonts-wqy-microhei puts the font. */
  public static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

  static final Path DIR = Path.of("src/test/resources/dev/fazhi/documents/pdf");

  private static final float SIZE = 16;
  private static final float MARGIN_X = 79;
  private static final float MARGIN_TOP = 100;
  private static final int LINES_PER_PAGE = 22;

  private PdfSamples() {}

  /**
   * Writes the sample PDFs.
   *
   * @param args unused
   * @throws IOException if the font or a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Files.createDirectories(DIR);
    byte[] text = report();
    Files.write(DIR.resolve("report-text.pdf"), text);
    Files.write(DIR.resolve("report-unmapped-page2.pdf"), withoutUnicodeMaps(text, 2));
    Files.write(DIR.resolve("scanned.pdf"), scanned());
  }

  /** The clean sample, laid out on A4 pages. */
  static byte[] report() throws IOException {
    try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(FONT.toFile())) {
      TrueTypeFont ttf = ttc.getFontByName("WenQuanYiMicroHei");
      PDFont font = PDType0Font.load(doc, ttf, true);
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN_X;
      // each printed line: its text and where it starts across the page
      List<String> printed = new ArrayList<>();
      List<Float> xs = new ArrayList<>();
      List<String> lines = SampleText.lines(SampleText.CLEAN);
      String title = lines.get(0);
      printed.add(title); // centred, as GB/T 9704 sets a title
      xs.add(MARGIN_X + (width - textWidth(font, title)) / 2);
      printed.add("");
      xs.add(MARGIN_X);
      for (String line : lines.subList(1, lines.size())) {
        if (line.matches("^\\d{4}年\\d+月\\d+日$")) {
          printed.add(line); // the date, set to the right, four characters in
          xs.add(MARGIN_X + width - textWidth(font, line) - 4 * SIZE);
          continue;
        }
        String rest = "\u3000\u3000" + line; // every paragraph and heading indented by two characters
        while (!rest.isEmpty()) {
          int n = fit(font, rest, width);
          printed.add(rest.substring(0, n));
          xs.add(MARGIN_X);
          rest = rest.substring(n);
        }
      }
      int pages = (printed.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE;
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = PDRectangle.A4.getHeight() - MARGIN_TOP;
          for (int i = p * LINES_PER_PAGE; i < Math.min(printed.size(), (p + 1) * LINES_PER_PAGE); i++) {
            String line = printed.get(i);
            if (!line.isEmpty()) {
              cs.beginText();
              cs.setFont(font, SIZE);
              cs.newLineAtOffset(xs.get(i), y);
              cs.showText(line);
              cs.endText();
            }
            y -= SIZE * 1.9f;
          }
          cs.beginText();
          cs.setFont(font, 12);
          cs.newLineAtOffset(PDRectangle.A4.getWidth() / 2 - 20, 50);
          cs.showText("— " + (p + 1) + " —");
          cs.endText();
        }
      }
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(lines.get(0));
      info.setAuthor("青山区司法局");
      info.setCreationDate(calendar(2025, 2, 18, 9));
      info.setModificationDate(calendar(2025, 2, 18, 10));
      doc.setDocumentInformation(info);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  static float textWidth(PDFont font, String s) throws IOException {
    return font.getStringWidth(s) / 1000 * SIZE;
  }

  /** How many characters of a text fit on a line of the width: the layout breaks by width, not count. */
  static int fit(PDFont font, String s, float width) throws IOException {
    int n = 1;
    while (n < s.length() && textWidth(font, s.substring(0, n + 1)) <= width) {
      n++;
    }
    return n;
  }

  static Calendar calendar(int y, int m, int d, int h) {
    Calendar c = Calendar.getInstance(TimeZone.getTimeZone("GMT+08:00"));
    c.clear();
    c.set(y, m - 1, d, h, 0, 0);
    return c;
  }

  /** The PDF with the Unicode maps of the fonts used on one page removed. */
  static byte[] withoutUnicodeMaps(byte[] pdf, int pageNumber) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDPage page = doc.getPage(pageNumber - 1);
      // the page gets a font of its own: a copy of the embedded font without its ToUnicode map
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        var copy = new org.apache.pdfbox.cos.COSDictionary(font.getCOSObject());
        copy.removeItem(COSName.TO_UNICODE);
        page.getResources().put(name, PDType0Font.class.cast(
            org.apache.pdfbox.pdmodel.font.PDFontFactory.createFont(copy)));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** One page that is an image of text, as a scanner makes it. */
  static byte[] scanned() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 200, 280);
      g.setColor(Color.BLACK);
      for (int y = 20; y < 260; y += 12) {
        g.fillRect(20, y, 160, 4); // lines of "text"
      }
      g.dispose();
      PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
