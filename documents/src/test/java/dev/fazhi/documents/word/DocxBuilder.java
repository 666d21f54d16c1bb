package dev.fazhi.documents.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes Word files for the tests, part by part, as Word writes them: headings numbered automatically
 * through their styles (the numbering attached to the heading styles, not to the paragraphs), and
 * whatever residue a test asks for. The XML is written out here so that every element a test relies on
 * is visible in the test.
 */
public final class DocxBuilder {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String NS = "xmlns:w=\"" + W + "\" "
      + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
      + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
      + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
      + "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

  /** The numbering of the report's four heading levels, GB/T 9704: 一、 （一） 1. （1）. */
  public static final String REPORT_NUMBERING = "<w:abstractNum w:abstractNumId=\"0\">"
      + lvl(0, 1, "chineseCounting", "%1、", "Heading1")
      + lvl(1, 1, "chineseCounting", "（%2）", "Heading2")
      + lvl(2, 1, "decimal", "%3.", "Heading3")
      + lvl(3, 1, "decimal", "（%4）", "Heading4")
      + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";

  private final StringBuilder body = new StringBuilder();
  private String numbering = REPORT_NUMBERING;
  private String extraStyles = "";
  private String comments;
  private String core = "";
  private Integer pages;
  private final Map<String, byte[]> extraParts = new LinkedHashMap<>();

  /**
   * One level of an abstract numbering.
   *
   * @param ilvl the level
   * @param start its start
   * @param fmt its {@code w:numFmt}
   * @param text its {@code w:lvlText}
   * @param pStyle the style linked to it, or null
   * @return the {@code w:lvl} element
   */
  public static String lvl(int ilvl, int start, String fmt, String text, String pStyle) {
    return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"" + start + "\"/><w:numFmt w:val=\"" + fmt
        + "\"/>" + (pStyle == null ? "" : "<w:pStyle w:val=\"" + pStyle + "\"/>")
        + "<w:lvlText w:val=\"" + esc(text) + "\"/><w:lvlJc w:val=\"left\"/></w:lvl>";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Replaces the numbering part's content (abstract numberings and nums). */
  public DocxBuilder numbering(String xml) {
    this.numbering = xml;
    return this;
  }

  /** Adds style elements. */
  public DocxBuilder styles(String xml) {
    this.extraStyles += xml;
    return this;
  }

  /** A heading paragraph of a level 1–4, numbered through its style. */
  public DocxBuilder heading(int level, String text) {
    return raw("<w:p><w:pPr><w:pStyle w:val=\"Heading" + level + "\"/></w:pPr>" + run(text) + "</w:p>");
  }

  /** A body paragraph. */
  public DocxBuilder para(String text) {
    return raw("<w:p>" + run(text) + "</w:p>");
  }

  /** A paragraph in a style. */
  public DocxBuilder styled(String style, String text) {
    return raw("<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>" + run(text) + "</w:p>");
  }

  /** A run. */
  public static String run(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>";
  }

  /** Body XML as it stands. */
  public DocxBuilder raw(String xml) {
    body.append(xml);
    return this;
  }

  /** A comments part. */
  public DocxBuilder comments(String xml) {
    this.comments = xml;
    return this;
  }

  /** Core properties (the inner elements of cp:coreProperties). */
  public DocxBuilder core(String xml) {
    this.core = xml;
    return this;
  }

  /** The page count in the extended properties, as Word records it at save. */
  public DocxBuilder pages(int n) {
    this.pages = n;
    return this;
  }

  /** Another part, such as a hostile one. */
  public DocxBuilder part(String name, byte[] content) {
    extraParts.put(name, content);
    return this;
  }

  /** The styles: Normal, four headings with outline levels, Title, and a TOC entry style. */
  private String styles() {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:styles " + NS + ">"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/><w:basedOn w:val=\"Normal\"/></w:style>");
    for (int i = 1; i <= 4; i++) {
      s.append("<w:style w:type=\"paragraph\" w:styleId=\"Heading").append(i).append("\"><w:name w:val=\"heading ")
          .append(i).append("\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:ilvl w:val=\"").append(i - 1)
          .append("\"/><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"").append(i - 1)
          .append("\"/></w:pPr></w:style>");
    }
    return s.append(extraStyles).append("</w:styles>").toString();
  }

  /**
   * The file.
   *
   * @return the .docx bytes
   */
  public byte[] build() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
        + "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        + "</Types>");
    parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>");
    parts.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
        + (comments == null ? "" : "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>")
        + "</Relationships>");
    parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:document " + NS + "><w:body>" + body + "<w:sectPr/></w:body></w:document>");
    parts.put("word/styles.xml", styles());
    parts.put("word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:numbering " + NS + ">" + numbering + "</w:numbering>");
    if (comments != null) {
      parts.put("word/comments.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<w:comments " + NS + ">" + comments + "</w:comments>");
    }
    parts.put("docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" + core + "</cp:coreProperties>");
    parts.put("docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + (pages == null ? "" : "<Pages>" + pages + "</Pages>") + "</Properties>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> p : parts.entrySet()) {
        byte[] content = extraParts.containsKey(p.getKey()) ? extraParts.remove(p.getKey())
            : p.getValue().getBytes(StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(content);
        zip.closeEntry();
      }
      for (Map.Entry<String, byte[]> p : extraParts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(p.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
