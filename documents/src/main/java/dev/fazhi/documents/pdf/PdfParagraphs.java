package dev.fazhi.documents.pdf;

import dev.fazhi.documents.DocumentLine;
import dev.fazhi.documents.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines a PDF broke at the page width back into paragraphs, by layout, which only the PDF
 * knows: a line that runs to the right edge of the text (within {@link #SLACK} glyph widths of the
 * page's rightmost line end) goes on in the next line, unless that line is indented (it starts with
 * spaces or further right than the page's left edge by half a glyph or more), which begins a new
 * paragraph. Lines that end short of the edge (headings, last lines, the date) end their paragraph. A
 * joined line maps to where its first PDF line stands.
 *
 * <p>A page number standing alone as the first or last line of its page ({@code — 3 —}, {@code -3-},
 * {@code 第3页}) is page furniture, like a Word file's footer, and is left out of the text, so that a
 * paragraph goes on over the page break and the date line stays the last line of the report.
 */
final class PdfParagraphs {

  /** How far short of the edge, in glyph widths, a line may end and still run on. */
  static final float SLACK = 1.5f;

  private static final Pattern PAGE_NUMBER = Pattern.compile("^[\\s—\\-－–第]*\\d+[\\s—\\-－–页]*$");

  private PdfParagraphs() {}

  static List<DocumentLine> join(List<PdfLine> all) {
    List<PdfLine> lines = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      PdfLine l = all.get(i);
      boolean firstOnPage = i == 0 || all.get(i - 1).page() != l.page();
      boolean lastOnPage = i + 1 == all.size() || all.get(i + 1).page() != l.page();
      if (!(isPageNumber(l) && (firstOnPage || lastOnPage))) {
        lines.add(l);
      }
    }
    int pages = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).page();
    float[] leftEdge = new float[pages + 1];
    float[] rightEdge = new float[pages + 1];
    java.util.Arrays.fill(leftEdge, Float.MAX_VALUE);
    java.util.Arrays.fill(rightEdge, -Float.MAX_VALUE);
    for (PdfLine l : lines) {
      if (!isPageNumber(l)) {
        leftEdge[l.page()] = Math.min(leftEdge[l.page()], l.left());
        rightEdge[l.page()] = Math.max(rightEdge[l.page()], l.right());
      }
    }
    List<DocumentLine> out = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      PdfLine first = lines.get(i);
      StringBuilder text = new StringBuilder(first.text());
      List<PdfLine> held = new ArrayList<>();
      PdfLine last = first;
      int j = i + 1;
      while (!isPageNumber(last) && runsOn(last, rightEdge[last.page()])) {
        int k = j;
        List<PdfLine> skipped = new ArrayList<>();
        while (k < lines.size() && isPageNumber(lines.get(k)) && lines.get(k).page() == last.page()) {
          skipped.add(lines.get(k));
          k++;
        }
        if (k >= lines.size()) {
          break;
        }
        PdfLine next = lines.get(k);
        if (startsParagraph(next, leftEdge[next.page()]) || isPageNumber(next)) {
          break;
        }
        text.append(next.text());
        held.addAll(skipped);
        last = next;
        j = k + 1;
      }
      out.add(DocumentLine.of(text.toString(), origin(first)));
      for (PdfLine h : held) {
        out.add(DocumentLine.of(h.text(), origin(h)));
      }
      i = j;
    }
    return out;
  }

  private static Origin origin(PdfLine l) {
    return Origin.builder().page(l.page()).line(l.line()).build();
  }

  private static boolean runsOn(PdfLine l, float right) {
    return l.glyphWidth() > 0 && l.right() >= right - SLACK * l.glyphWidth();
  }

  private static boolean startsParagraph(PdfLine l, float left) {
    char c = l.text().isEmpty() ? ' ' : l.text().charAt(0);
    return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\t'
        || (l.glyphWidth() > 0 && l.left() > left + 0.5f * l.glyphWidth());
  }

  static boolean isPageNumber(PdfLine l) {
    return l.text().length() <= 12 && PAGE_NUMBER.matcher(l.text().strip()).matches();
  }
}
