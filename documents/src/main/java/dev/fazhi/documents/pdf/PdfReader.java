package dev.fazhi.documents.pdf;

import dev.fazhi.documents.Deadline;
import dev.fazhi.documents.Document;
import dev.fazhi.documents.DocumentException;
import dev.fazhi.documents.DocumentFormat;
import dev.fazhi.documents.DocumentLimits;
import dev.fazhi.documents.DocumentLine;
import dev.fazhi.documents.DocumentMetadata;
import dev.fazhi.documents.ImmutableDocumentMetadata;
import dev.fazhi.documents.PageGlyphs;
import dev.fazhi.documents.Residue;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF: its text lines in reading order with their pages ({@link PdfLines}), repaired for
 * Chinese ({@link CjkText}), joined into paragraphs by layout ({@link PdfParagraphs}), the glyphs that could not be read counted per page, and its document
 * information (title, author, creation and modification dates).
 *
 * <p>A PDF with no text cannot be checked and is refused with the reason: one whose pages draw images
 * and no text is a scan ("OCR is not part of fazhi"); one whose glyphs all lack a Unicode mapping
 * cannot be turned into characters. A PDF where only some glyphs lack one is read, and the pages and
 * the share lost are kept as residue. A PDF that needs a password to open is refused; one that opens
 * without (permissions only) is read, as every PDF viewer does.
 *
 * <p>Memory for decoded streams is bounded by {@link DocumentLimits#getMaxPdfMemory()}, pages by
 * {@link DocumentLimits#getMaxPages()}, time by {@link DocumentLimits#getMaxTime()} (checked on every
 * page and every 64 glyphs); object graphs that loop end in PDFBox's own cycle checks or, failing them,
 * in a clear error.
 */
public final class PdfReader {


  private PdfReader() {}

  /**
   * Reads a PDF.
   *
   * @param bytes the file's bytes
   * @param source the source name for the document and errors, or null
   * @param limits the limits
   * @return the document
   * @throws DocumentException if the PDF cannot be read or has no readable text
   */
  public static Document read(byte[] bytes, String source, DocumentLimits limits) {
    Deadline deadline = new Deadline(limits, source);
    PdfLines lines = new PdfLines(deadline, limits.getMaxTextChars(), source);
    try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null,
        MemoryUsageSetting.setupMainMemoryOnly(limits.getMaxPdfMemory()).streamCache)) {
      int pageCount = pdf.getNumberOfPages();
      if (pageCount > limits.getMaxPages()) {
        throw DocumentException.of(DocumentException.Kind.LIMIT, source, 0, null, "pdf.tooManyPages",
            pageCount, limits.getMaxPages());
      }
      lines.getText(pdf);
      List<PageGlyphs> pages = lines.pages();
      // joined, not raw: a page whose only line is dropped when joining (a bare page number) has
      // no text either, and a document with no lines is no document
      List<DocumentLine> joined = PdfParagraphs.join(lines.lines());
      refuseWithoutText(pages, joined.isEmpty(), source);
      return Document.builder().source(Optional.ofNullable(source)).format(DocumentFormat.PDF)
          .lines(joined).pageCount(pageCount).metadata(metadata(pdf))
          .residue(Residue.builder().pages(pages).build()).build();
    } catch (InvalidPasswordException e) {
      throw DocumentException.of(DocumentException.Kind.ENCRYPTED, source, 0, e, "pdf.encrypted");
    } catch (DocumentException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // PDFBox's own words ("Page tree root must be a dictionary") stay in the cause
      throw DocumentException.of(DocumentException.Kind.MALFORMED, source, lines.page(), e, "pdf.damaged");
    } catch (StackOverflowError e) {
      throw DocumentException.of(DocumentException.Kind.LIMIT, source, lines.page(), null, "pdf.tooDeep");
    } catch (OutOfMemoryError e) {
      throw DocumentException.of(DocumentException.Kind.LIMIT, source, lines.page(), null, "pdf.memory");
    }
  }

  private static void refuseWithoutText(List<PageGlyphs> pages, boolean noLines, String source) {
    long glyphs = 0;
    long unmapped = 0;
    boolean images = false;
    for (PageGlyphs p : pages) {
      glyphs += p.getGlyphs();
      unmapped += p.getUnmapped();
      images |= p.isImages();
    }
    if (glyphs == 0 || (noLines && unmapped == 0)) {
      throw DocumentException.of(DocumentException.Kind.NO_TEXT, source, 0, null,
          images ? "pdf.scanned" : "pdf.noText");
    }
    if (unmapped == glyphs || noLines) {
      throw DocumentException.of(DocumentException.Kind.NO_TEXT, source, 0, null, "pdf.unmapped");
    }
  }

  private static DocumentMetadata metadata(PDDocument pdf) {
    ImmutableDocumentMetadata.Builder out = DocumentMetadata.builder();
    PDDocumentInformation info = pdf.getDocumentInformation();
    if (info == null) {
      return out.build();
    }
    try {
      Optional.ofNullable(info.getTitle()).filter(s -> !s.isBlank()).ifPresent(out::title);
      Optional.ofNullable(info.getAuthor()).filter(s -> !s.isBlank()).ifPresent(out::author);
      time(info.getCreationDate()).ifPresent(out::created);
      time(info.getModificationDate()).ifPresent(out::modified);
    } catch (RuntimeException e) {
      // the information dictionary is optional: a damaged one gives no metadata, not a failed read
      return DocumentMetadata.EMPTY;
    }
    return out.build();
  }

  private static Optional<OffsetDateTime> time(Calendar c) {
    if (c == null) {
      return Optional.empty();
    }
    ZoneOffset offset = ZoneOffset.ofTotalSeconds((c.get(Calendar.ZONE_OFFSET) + c.get(Calendar.DST_OFFSET)) / 1000);
    return Optional.of(c.toInstant().atOffset(offset));
  }
}
