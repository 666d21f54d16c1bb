package dev.fazhi.documents.word;

import dev.fazhi.documents.DocumentException;
import dev.fazhi.documents.DocumentLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Opens a Word file's package with POI and parses the parts the reader needs (document, styles,
 * numbering, comments, extended properties) with POI's hardened XML parser, which refuses a
 * {@code DOCTYPE}: no external entity is fetched and no entity is expanded.
 *
 * <p>Zip bombs are refused twice: before anything is inflated, by the sizes the zip's directory declares
 * (their sum against the limit of inflated bytes, each part's ratio against the limit of the ratio);
 * while inflating, by POI's {@link ZipSecureFile} thresholds, which count the bytes actually inflated
 * and so catch a zip whose directory lies. POI keeps those thresholds in static fields: they are set
 * from the limits of each read, so in one process the limits of the last read started apply to all
 * reads running.
 */
final class WordPackage implements AutoCloseable {

  private static final String STYLES =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
  private static final String NUMBERING =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
  private static final String COMMENTS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";

  /** Parts smaller than this are never taken for bombs, whatever their ratio (POI's own grace). */
  private static final long GRACE = 100 * 1024;

  private final OPCPackage pkg;
  private final PackagePart main;
  private final String source;

  private WordPackage(OPCPackage pkg, PackagePart main, String source) {
    this.pkg = pkg;
    this.main = main;
    this.source = source;
  }

  static WordPackage open(byte[] bytes, String source, DocumentLimits limits) {
    precheck(bytes, source, limits);
    ZipSecureFile.setMinInflateRatio(1.0 / limits.getMaxInflateRatio());
    ZipSecureFile.setMaxEntrySize(Math.min(limits.getMaxInflatedBytes(), 0xFFFFFFFFL));
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    } catch (Exception | LinkageError e) {
      // LinkageError: a part compressed with a method whose codec is not on the class path
      throw failure(source, e, null, "word.damaged");
    }
    try {
      PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
      PackagePart main = rels.size() == 0 ? null : pkg.getPart(rels.getRelationship(0));
      if (main == null) {
        throw DocumentException.of(DocumentException.Kind.MALFORMED, source, 0, null, "word.noMainPart");
      }
      return new WordPackage(pkg, main, source);
    } catch (DocumentException e) {
      pkg.revert();
      throw e;
    } catch (Exception e) {
      pkg.revert();
      throw failure(source, e, null, "word.damaged");
    }
  }

  private static void precheck(byte[] bytes, String source, DocumentLimits limits) {
    long total = 0;
    for (var entry : dev.fazhi.documents.ZipEntries.list(bytes)) {
      if (entry.method() != 0 && entry.method() != 8) {
        throw DocumentException.of(DocumentException.Kind.MALFORMED, source, 0, null, "word.compression",
            entry.name(), entry.method());
      }
      long size = entry.size();
      long packed = entry.compressed();
      if (size < 0) {
        continue; // zip64 defers sizes: left to POI's count of actual bytes
      }
      total += size;
      if (total > limits.getMaxInflatedBytes()) {
        throw DocumentException.of(DocumentException.Kind.LIMIT, source, 0, null, "word.inflatedTooLarge",
            limits.getMaxInflatedBytes());
      }
      if (size > GRACE && packed >= 0 && size > packed * (long) limits.getMaxInflateRatio()) {
        throw DocumentException.of(DocumentException.Kind.LIMIT, source, 0, null, "word.inflateRatio",
            entry.name(), packed == 0 ? "∞" : size / Math.max(1, packed), limits.getMaxInflateRatio());
      }
    }
  }

  /**
   * Our words for a library's failure, told by kind from its message (POI has no types for these), the
   * library's exception kept as the cause.
   *
   * @param part the part being read, or null while the package is opened
   * @param key the reason when it is neither a bomb nor a DOCTYPE; its argument is the part
   */
  private static DocumentException failure(String source, Throwable e, String part, String key) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Zip bomb") || m.contains("threshold") || m.contains("MAX_ENTRY_SIZE")
          || m.contains("max entry size") || m.contains("exceeds the max")) {
        return DocumentException.of(DocumentException.Kind.LIMIT, source, 0, e, "word.bomb");
      }
      if (m.contains("JAXP00010006") || m.contains("maxElementDepth")) {
        // the JDK's own depth limit (jdk.xml.maxElementDepth; 100 by default from JDK 24 on) is met
        // before ours is: the same refusal in our words
        return DocumentException.of(DocumentException.Kind.LIMIT, source, 0, e, "word.xmlTooDeep");
      }
      if (m.contains("DOCTYPE") || m.contains("doctype")) {
        return DocumentException.of(DocumentException.Kind.MALFORMED, source, 0, e, "word.doctype",
            part == null ? "word/document.xml" : part);
      }
    }
    return DocumentException.of(DocumentException.Kind.MALFORMED, source, 0, e, key, part);
  }

  OPCPackage pkg() {
    return pkg;
  }

  Element document() {
    return parse(main, "word/document.xml");
  }

  Element styles() {
    return related(STYLES);
  }

  Element numbering() {
    return related(NUMBERING);
  }

  Element comments() {
    return related(COMMENTS);
  }

  /** The page count Word recorded at the last save ({@code docProps/app.xml}), or 0. */
  int pages() {
    try {
      PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.EXTENDED_PROPERTIES);
      if (rels.size() == 0) {
        return 0;
      }
      PackagePart part = pkg.getPart(rels.getRelationship(0));
      if (part == null) {
        return 0;
      }
      Element root = parse(part, "docProps/app.xml");
      for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
        if ("Pages".equals(n.getLocalName())) {
          return Integer.parseInt(n.getTextContent().strip());
        }
      }
      return 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private Element related(String type) {
    try {
      for (PackageRelationship rel : main.getRelationshipsByType(type)) {
        PackagePart part = main.getRelatedPart(rel);
        if (part != null) {
          return parse(part, part.getPartName().getName());
        }
      }
      return null;
    } catch (DocumentException e) {
      throw e;
    } catch (Exception e) {
      throw failure(source, e, type.substring(type.lastIndexOf('/') + 1), "word.partUnreadable");
    }
  }

  private Element parse(PackagePart part, String name) {
    try (InputStream in = part.getInputStream()) {
      Document doc = DocumentHelper.readDocument(in);
      return doc.getDocumentElement();
    } catch (IOException | SAXException | RuntimeException e) {
      throw failure(source, e, name, "word.notXml");
    }
  }

  @Override
  public void close() {
    pkg.revert();
  }
}
