package dev.fazhi.documents.pdf;

import dev.fazhi.documents.Deadline;
import dev.fazhi.documents.DocumentException;
import dev.fazhi.documents.PageGlyphs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's text stripper, sorting text by position (so that text drawn out of order, as some
 * generators do, comes out in reading order), made to give lines with their page and line number
 * instead of one string, and to count on each page the glyphs shown and those whose font maps them
 * to no character. Not thread-safe: one per reading.
 */
final class PdfLines extends PDFTextStripper {

  private final Deadline deadline;
  private final int maxChars;
  private final String source;
  private final List<PdfLine> lines = new ArrayList<>();
  private final List<PageGlyphs> pages = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int page;
  private int lineOnPage;
  private int glyphs;
  private int unmapped;
  private boolean images;
  private int chars;
  private float minX = Float.MAX_VALUE;
  private float maxX = -Float.MAX_VALUE;
  private float glyphWidth;
  private int glyphCount;

  PdfLines(Deadline deadline, int maxChars, String source) {
    this.deadline = deadline;
    this.maxChars = maxChars;
    this.source = source;
    setSortByPosition(true);
    setLineSeparator("\n");
  }

  List<PdfLine> lines() {
    return lines;
  }

  List<PageGlyphs> pages() {
    return pages;
  }

  /** The page being read, or 0 before the first (while the document is opened). */
  int page() {
    return page;
  }

  @Override
  protected void startPage(PDPage p) throws IOException {
    deadline.checkNow(getCurrentPageNo());
    page = getCurrentPageNo();
    lineOnPage = 0;
    glyphs = 0;
    unmapped = 0;
    images = hasImages(p.getResources());
    super.startPage(p);
  }

  @Override
  protected void endPage(PDPage p) throws IOException {
    super.endPage(p);
    flush();
    pages.add(PageGlyphs.of(page, glyphs, unmapped, images));
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    deadline.check(page);
    glyphs++;
    if (font.toUnicode(code) == null) {
      unmapped++;
    }
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    current.append(text);
    for (TextPosition p : positions) {
      float x = p.getXDirAdj();
      float w = p.getWidthDirAdj();
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x + w);
      glyphWidth += w;
      glyphCount++;
    }
  }

  @Override
  protected void writeString(String text) {
    current.append(text);
  }

  @Override
  protected void writeWordSeparator() {
    current.append(' ');
  }

  @Override
  protected void writeLineSeparator() {
    flush();
  }

  private void flush() {
    // a PDF string may hold carriage returns and line feeds; a line of the text holds neither
    String text = CjkText.repair(current.toString().replace('\r', ' ').replace('\n', ' ')).stripTrailing();
    current.setLength(0);
    float left = minX;
    float right = maxX;
    float width = glyphCount == 0 ? 0 : glyphWidth / glyphCount;
    minX = Float.MAX_VALUE;
    maxX = -Float.MAX_VALUE;
    glyphWidth = 0;
    glyphCount = 0;
    if (text.isBlank()) {
      return;
    }
    lineOnPage++;
    chars += text.length() + 1;
    if (chars > maxChars) {
      throw DocumentException.of(DocumentException.Kind.LIMIT, source, page, null, "pdf.textTooLong", maxChars);
    }
    lines.add(new PdfLine(text, page, lineOnPage, left, right, width));
  }

  /** Whether the page's resources hold an image (a scanned page is one). */
  private static boolean hasImages(PDResources resources) {
    if (resources == null) {
      return false;
    }
    int seen = 0;
    for (COSName name : resources.getXObjectNames()) {
      if (++seen > 1000) {
        break;
      }
      if (resources.isImageXObject(name)) {
        return true;
      }
    }
    return false;
  }
}
