package dev.fazhi.documents.word;

import dev.fazhi.documents.Deadline;
import dev.fazhi.documents.Document;
import dev.fazhi.documents.DocumentException;
import dev.fazhi.documents.DocumentFormat;
import dev.fazhi.documents.DocumentLimits;
import dev.fazhi.documents.DocumentLine;
import dev.fazhi.documents.DocumentMetadata;
import dev.fazhi.documents.ImmutableDocumentMetadata;
import dev.fazhi.documents.ImmutableResidue;
import dev.fazhi.documents.Residue;
import dev.fazhi.documents.ReviewComment;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a Word file (.docx): opens its package ({@link WordPackage}), reads its styles
 * ({@link WordStyles}) and numbering ({@link WordNumbering}), walks its body ({@link WordBody}), and
 * takes its comments and core properties (created, modified, last modified by, creator, title).
 */
public final class WordReader {

  private WordReader() {}

  /**
   * Reads a Word file.
   *
   * @param bytes the file's bytes
   * @param source the source name for the document and errors, or null
   * @param limits the limits
   * @return the document
   * @throws DocumentException if the file cannot be read
   */
  public static Document read(byte[] bytes, String source, DocumentLimits limits) {
    Deadline deadline = new Deadline(limits, source);
    try (WordPackage pkg = WordPackage.open(bytes, source, limits)) {
      Element document = pkg.document();
      WordStyles styles = new WordStyles(pkg.styles());
      WordNumbering numbering = new WordNumbering(pkg.numbering(), styles);
      int recordedPages = pkg.pages();
      ImmutableResidue.Builder residue = Residue.builder();
      boolean paged = recordedPages > 0 || hasRenderedBreaks(document);
      WordBody body = new WordBody(styles, numbering, deadline, limits.getMaxDepth(),
          limits.getMaxTextChars(), source, paged, residue);
      Element bodyElement = child(document, "body");
      if (bodyElement == null) {
        throw DocumentException.of(DocumentException.Kind.MALFORMED, source, 0, null, "word.noBody");
      }
      body.blocks(bodyElement, "", 0);
      comments(pkg.comments(), residue);
      List<DocumentLine> lines = body.lines();
      if (lines.isEmpty()) {
        throw DocumentException.of(DocumentException.Kind.NO_TEXT, source, 0, null, "word.noText");
      }
      var doc = Document.builder().source(Optional.ofNullable(source)).format(DocumentFormat.DOCX)
          .lines(lines).residue(residue.build()).metadata(metadata(pkg, source));
      if (paged) {
        doc.pageCount(Math.max(recordedPages, body.lastPage()));
      }
      return doc.build();
    } catch (DocumentException e) {
      throw e;
    } catch (StackOverflowError e) {
      throw DocumentException.of(DocumentException.Kind.LIMIT, source, 0, null, "word.xmlTooDeep");
    } catch (RuntimeException e) {
      throw DocumentException.of(DocumentException.Kind.MALFORMED, source, 0, e, "word.unreadable");
    }
  }

  private static Element child(Element parent, String name) {
    return Xml.child(parent, name);
  }

  private static boolean hasRenderedBreaks(Element document) {
    return document.getElementsByTagNameNS(Xml.W, "lastRenderedPageBreak").getLength() > 0;
  }

  private static void comments(Element root, ImmutableResidue.Builder residue) {
    if (root == null) {
      return;
    }
    for (Element c : Xml.children(root, "comment")) {
      StringBuilder text = new StringBuilder();
      NodeList ts = c.getElementsByTagNameNS(Xml.W, "t");
      for (int i = 0; i < ts.getLength(); i++) {
        text.append(ts.item(i).getTextContent());
      }
      var b = ReviewComment.builder().text(text.toString().strip());
      String author = Xml.attr(c, "author");
      if (author != null && !author.isEmpty()) {
        b.author(author);
      }
      WordBody.date(Xml.attr(c, "date")).ifPresent(b::date);
      residue.addComments(b.build());
    }
  }

  private static DocumentMetadata metadata(WordPackage pkg, String source) {
    ImmutableDocumentMetadata.Builder out = DocumentMetadata.builder();
    try {
      PackageProperties p = pkg.pkg().getPackageProperties();
      p.getTitleProperty().filter(s -> !s.isBlank()).ifPresent(out::title);
      p.getCreatorProperty().filter(s -> !s.isBlank()).ifPresent(out::author);
      p.getLastModifiedByProperty().filter(s -> !s.isBlank()).ifPresent(out::lastModifiedBy);
      p.getCreatedProperty().map(WordReader::utc).ifPresent(out::created);
      p.getModifiedProperty().map(WordReader::utc).ifPresent(out::modified);
    } catch (RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      // core properties are optional: a damaged core.xml gives no metadata, not a failed read
      return DocumentMetadata.EMPTY;
    }
    return out.build();
  }

  private static java.time.OffsetDateTime utc(Date d) {
    return d.toInstant().atOffset(ZoneOffset.UTC);
  }
}
