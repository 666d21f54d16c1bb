package dev.fazhi.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A report on several pages, as a Word file and as a PDF, for the tests of {@code page}: the project's
 * clean sample with two figures made wrong, one ({@link #FIRST}) before a page break and one
 * ({@link #SECOND}) after it, so that each gives a {@code metric.breakdown-sum} finding on a page of
 * its own.
 * The PDF is laid out as the documents module's samples are (A4, 16 pt, WenQuanYi Micro Hei, lines
 * broken at the text width) with every paragraph kept on one page; the Word file records its layout as
 * Word does at a save (a {@code w:lastRenderedPageBreak} and the page count).
 */
public final class PagedDocuments {

  /** Debian's fonts-wqy-microhei, which the PDF is written in. */
  public static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

  /** The wrong figure before the page break: 58 problems, of which 53 + 4. */
  public static final String FIRST = "共发现问题线索58条";

  /** The wrong figure after the page break: 146 cases, of which 98 + 13 + 7 + 19 + 8. */
  public static final String SECOND = "全年审结行政复议案件146件";

  /** The paragraph a page break comes before. */
  private static final String BREAK_BEFORE = "（三）发挥复议应诉监督作用";

  private static final float SIZE = 16;
  private static final float MARGIN_X = 79;
  private static final float MARGIN_TOP = 100;
  private static final int LINES_PER_PAGE = 22;

  private PagedDocuments() {}

  /**
   * The report's paragraphs, the two figures made wrong.
   *
   * @return the non-blank lines of the sample
   * @throws IOException if the sample cannot be read
   */
  public static List<String> paragraphs() throws IOException {
    String text = Files.readString(Fixtures.SAMPLES.resolve("qingshan-justice-2024-clean.txt"))
        .replace("共发现问题线索57条", FIRST).replace("全年审结行政复议案件145件", SECOND);
    return text.lines().filter(l -> !l.isBlank()).toList();
  }

  /**
   * Writes the report as a Word file, with one page break (before {@link #BREAK_BEFORE}) recorded as
   * Word records the layout of its last save.
   *
   * @param file the file
   * @return the page each paragraph that holds a wrong figure stands on ({@link #FIRST} → 1, …)
   * @throws IOException if writing fails
   */
  public static Map<String, Integer> docx(Path file) throws IOException {
    Map<String, Integer> pages = new LinkedHashMap<>();
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      int page = 1;
      for (String line : paragraphs()) {
        XWPFParagraph paragraph = doc.createParagraph();
        XWPFRun run = paragraph.createRun();
        if (line.startsWith(BREAK_BEFORE)) {
          run.getCTR().addNewLastRenderedPageBreak();
          page++;
        }
        run.setText(line);
        record(line, page, pages);
      }
      doc.getProperties().getExtendedProperties().getUnderlyingProperties().setPages(page);
      doc.write(out);
    }
    return pages;
  }

  /**
   * Writes the report as a PDF, a new page before {@link #BREAK_BEFORE} and wherever a paragraph does
   * not fit.
   *
   * @param file the file
   * @return the page each paragraph that holds a wrong figure stands on
   * @throws IOException if the font is missing or writing fails
   */
  public static Map<String, Integer> pdf(Path file) throws IOException {
    Map<String, Integer> pages = new LinkedHashMap<>();
    try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(FONT.toFile())) {
      PDFont font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiMicroHei"), true);
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN_X;
      List<List<String>> laidOut = new ArrayList<>();
      List<String> current = new ArrayList<>();
      for (String line : paragraphs()) {
        List<String> printed = new ArrayList<>();
        String rest = "\u3000\u3000" + line;
        while (!rest.isEmpty()) {
          int n = 1;
          while (n < rest.length() && font.getStringWidth(rest.substring(0, n + 1)) / 1000 * SIZE <= width) {
            n++;
          }
          printed.add(rest.substring(0, n));
          rest = rest.substring(n);
        }
        if (!current.isEmpty() && (line.startsWith(BREAK_BEFORE)
            || current.size() + printed.size() > LINES_PER_PAGE)) {
          laidOut.add(current);
          current = new ArrayList<>();
        }
        current.addAll(printed);
        record(line, laidOut.size() + 1, pages);
      }
      laidOut.add(current);
      for (int p = 0; p < laidOut.size(); p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = PDRectangle.A4.getHeight() - MARGIN_TOP;
          for (String line : laidOut.get(p)) {
            cs.beginText();
            cs.setFont(font, SIZE);
            cs.newLineAtOffset(MARGIN_X, y);
            cs.showText(line);
            cs.endText();
            y -= SIZE * 1.9f;
          }
          cs.beginText();
          cs.setFont(font, 12);
          cs.newLineAtOffset(PDRectangle.A4.getWidth() / 2 - 20, 50);
          cs.showText("— " + (p + 1) + " —");
          cs.endText();
        }
      }
      doc.save(file.toFile());
    }
    return pages;
  }

  private static void record(String line, int page, Map<String, Integer> pages) {
    for (String figure : List.of(FIRST, SECOND)) {
      if (line.contains(figure)) {
        pages.put(figure, page);
      }
    }
  }
}
