/**
 * Fazhi's readers of web pages (jsoup), Word files (Apache POI) and PDFs (Apache PDFBox). Exports
 * only {@code dev.fazhi.documents}, whose {@link dev.fazhi.documents.DocumentReader} is the one entry
 * point; the readers of each format ({@code .html}, {@code .word}, {@code .pdf}) are implementation.
 * Nothing is opened: no library reflects on these classes. The Immutables annotations are needed at
 * compile time only.
 */
module dev.fazhi.documents {
  requires transitive dev.fazhi.core;
  requires java.xml;
  requires org.jsoup;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires static org.immutables.value.annotations;

  exports dev.fazhi.documents;
  // core's Reason.Bundle reads this package's messages*.properties (DocumentException.MESSAGES);
  // resources of a package not opened to it would be hidden from core on the module path
  opens dev.fazhi.documents to dev.fazhi.core;
}
