package dev.fazhi.documents;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells a document's format by its first bytes, never by its name: a zip holding
 * {@code word/document.xml} is a Word file, {@code %PDF-} (within the first 1 024 bytes, where readers
 * accept it) a PDF, markup a web page, anything else text for the core reader. Formats fazhi does not
 * read are refused here with what to do: an OLE2 file (a legacy .doc or .wps, or an encrypted Office
 * file, which Office wraps in OLE2), an OFD or other zip, RTF, and images, which are no documents.
 */
final class FormatSniffer {

  /** How far into the file markup is looked for: a page's first tag stands near its start. */
  private static final int MARKUP_WINDOW = 2048;

  private FormatSniffer() {}

  static DocumentFormat sniff(byte[] b, String source) {
    if (startsWith(b, 0, 'P', 'K', 3, 4) || startsWith(b, 0, 'P', 'K', 5, 6)) {
      return zip(b, source);
    }
    if (startsWith(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return Ole2.refuse(b, source);
    }
    if (indexOf(b, "%PDF-", 1024) >= 0) {
      return DocumentFormat.PDF;
    }
    if (startsWith(b, 0, '{', '\\', 'r', 't', 'f')) {
      throw unsupported(source, "rtf");
    }
    String image = image(b);
    if (image != null) {
      throw DocumentException.of(DocumentException.Kind.NOT_A_DOCUMENT, source, 0, null, "image", image);
    }
    if (isMarkup(b)) {
      return DocumentFormat.HTML;
    }
    return DocumentFormat.TEXT;
  }

  private static DocumentFormat zip(byte[] b, String source) {
    ZipDirectory dir = ZipDirectory.read(b);
    if (dir.has("word/document.xml")) {
      return DocumentFormat.DOCX;
    }
    if (dir.has("OFD.xml")) {
      throw unsupported(source, "ofd");
    }
    if (dir.hasPrefix("xl/")) {
      throw DocumentException.of(DocumentException.Kind.NOT_A_DOCUMENT, source, 0, null, "excel");
    }
    if (dir.hasPrefix("ppt/")) {
      throw DocumentException.of(DocumentException.Kind.NOT_A_DOCUMENT, source, 0, null, "powerpoint");
    }
    if (dir.entries().isEmpty()) {
      throw DocumentException.of(DocumentException.Kind.MALFORMED, source, 0, null, "zipDamaged");
    }
    throw DocumentException.of(DocumentException.Kind.NOT_A_DOCUMENT, source, 0, null, "zipNotWord");
  }

  static DocumentException unsupported(String source, String key) {
    return DocumentException.of(DocumentException.Kind.UNSUPPORTED_FORMAT, source, 0, null, key);
  }

  private static String image(byte[] b) {
    if (startsWith(b, 0, 0x89, 'P', 'N', 'G')) {
      return "PNG";
    }
    if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
      return "JPEG";
    }
    if (startsWith(b, 0, 'G', 'I', 'F', '8')) {
      return "GIF";
    }
    if (startsWith(b, 0, 'I', 'I', 42, 0) || startsWith(b, 0, 'M', 'M', 0, 42)) {
      return "TIFF";
    }
    return null;
  }

  /**
   * Markup: after a byte-order mark and white space, the text starts with {@code <} and a tag of a web
   * page ({@code <!doctype html}, {@code <html}, {@code <head}, {@code <meta}, {@code <body}, {@code <div},
   * {@code <p}, {@code <table}, an XML declaration or comment before one) stands in the first 2 KB.
   */
  static boolean isMarkup(byte[] b) {
    if (!startsWith(b, 0, 0xFF, 0xFE) && !startsWith(b, 0, 0xFE, 0xFF)) {
      // A byte stands for its character here (ISO 8859-1, as asciiHead reads it): a text whose
      // first character after blanks is no '<' (a published text's first is a Chinese character)
      // is refused without making a string of its first 2 KB.
      int n = Math.min(b.length, MARKUP_WINDOW);
      int i = startsWith(b, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      while (i < n && Character.isWhitespace((char) (b[i] & 0xFF))) {
        i++;
      }
      if (i >= n || b[i] != '<') {
        return false;
      }
    }
    String head = asciiHead(b);
    String s = head.stripLeading();
    if (!s.startsWith("<")) {
      return false;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String tag : new String[] {"<!doctype html", "<html", "<head", "<meta", "<body", "<div", "<p>",
        "<p ", "<table", "<title"}) {
      if (lower.contains(tag)) {
        return true;
      }
    }
    return false;
  }

  /** The first bytes as ASCII, reading UTF-16 with a byte-order mark as such. */
  private static String asciiHead(byte[] b) {
    int n = Math.min(b.length, MARKUP_WINDOW);
    if (startsWith(b, 0, 0xFF, 0xFE)) {
      return new String(b, 2, Math.max(0, n - 2), StandardCharsets.UTF_16LE);
    }
    if (startsWith(b, 0, 0xFE, 0xFF)) {
      return new String(b, 2, Math.max(0, n - 2), StandardCharsets.UTF_16BE);
    }
    int from = startsWith(b, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    return new String(b, from, Math.max(0, n - from), StandardCharsets.ISO_8859_1);
  }

  static boolean startsWith(byte[] b, int at, int... sig) {
    if (b.length < at + sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if ((b[at + i] & 0xFF) != (sig[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  static int indexOf(byte[] b, String ascii, int window) {
    int n = Math.min(b.length, window) - ascii.length();
    if (n < 0) {
      return -1;
    }
    // The first character by a byte comparison (most positions fail there), then the rest.
    byte first = (byte) ascii.charAt(0);
    outer:
    for (int i = 0; i <= n; i++) {
      if (b[i] != first) {
        continue;
      }
      for (int k = 1; k < ascii.length(); k++) {
        if (b[i + k] != ascii.charAt(k)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
