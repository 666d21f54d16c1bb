package dev.fazhi.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The documents the format benchmarks read: the first generated report text as a web page in GBK (a
 * TRS-shaped page with a metadata table around the body) and as a Word file whose headings are numbered
 * automatically through their styles (the typed labels taken off, the four GB/T 9704 levels rendered by
 * numbering), and the project's sample report as a PDF (the file the documents module's tests read,
 * copied to this module's resources; its generator is {@code PdfSamples} in that module's tests).
 */
public final class DocumentCorpus {

  private static final Pattern LABEL = Pattern.compile(
      "^[\\u3000\\u00A0 ]*(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）|(\\d+)[.．]|（(\\d+)）)");

  private DocumentCorpus() {}

  /**
   * The report text the web page and the Word file are made of.
   *
   * @return the text
   */
  public static String text() {
    return TextCorpus.of(1).getTexts().get(0);
  }

  /**
   * The web page.
   *
   * @return its bytes, in GBK
   */
  public static byte[] html() {
    StringBuilder body = new StringBuilder();
    for (String line : text().split("\n")) {
      if (!line.isBlank()) {
        body.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
      }
    }
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"
        + "<title>报告</title></head><body><div class=\"nav\"><a href=\"/\">首页</a> &gt; 政务公开</div>"
        + "<table><tr><td>索引号：</td><td>0000/2024-00001</td><td>发布日期：</td><td>2024-03-06</td></tr></table>"
        + "<div id=\"zoom\"><div class=\"TRS_Editor\">" + body + "</div></div><div>主办单位：某区人民政府</div>"
        + "</body></html>";
    return page.getBytes(Charset.forName("GBK"));
  }

  /**
   * The Word file.
   *
   * @return its bytes
   */
  public static byte[] docx() {
    String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    StringBuilder body = new StringBuilder();
    for (String line : text().split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = LABEL.matcher(line);
      String style = null;
      String rest = line;
      if (m.find() && line.length() < 60) {
        style = m.group(1) != null ? "H1" : m.group(2) != null ? "H2" : m.group(3) != null ? "H3" : "H4";
        rest = line.substring(m.end());
      }
      body.append("<w:p>").append(style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>")
          .append("<w:r><w:t xml:space=\"preserve\">").append(rest.replace("&", "&amp;").replace("<", "&lt;"))
          .append("</w:t></w:r></w:p>");
    }
    StringBuilder styles = new StringBuilder("<w:styles " + w + "><w:style w:type=\"paragraph\" w:default=\"1\" "
        + "w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>");
    String[][] levels = {{"chineseCounting", "%1、"}, {"chineseCounting", "（%2）"}, {"decimal", "%3."},
        {"decimal", "（%4）"}};
    StringBuilder numbering = new StringBuilder("<w:numbering " + w + "><w:abstractNum w:abstractNumId=\"0\">");
    for (int i = 0; i < 4; i++) {
      styles.append("<w:style w:type=\"paragraph\" w:styleId=\"H").append(i + 1).append("\"><w:name w:val=\"heading ")
          .append(i + 1).append("\"/><w:pPr><w:numPr><w:ilvl w:val=\"").append(i)
          .append("\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>");
      numbering.append("<w:lvl w:ilvl=\"").append(i).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
          .append(levels[i][0]).append("\"/><w:lvlText w:val=\"").append(levels[i][1]).append("\"/></w:lvl>");
    }
    styles.append("</w:styles>");
    numbering.append("</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>");
    String rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    return zip(List.of(
        "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
            + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
            + "</Types>",
        "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + rels + "officeDocument\" Target=\"word/document.xml\"/></Relationships>",
        "word/_rels/document.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + rels + "styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + rels + "numbering\" Target=\"numbering.xml\"/></Relationships>",
        "word/document.xml", "<w:document " + w + "><w:body>" + body + "</w:body></w:document>",
        "word/styles.xml", styles.toString(),
        "word/numbering.xml", numbering.toString()));
  }

  /**
   * The PDF.
   *
   * @return its bytes
   */
  public static byte[] pdf() {
    try (InputStream in = DocumentCorpus.class.getResourceAsStream("report.pdf")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zip(List<String> namesAndContents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.size(); i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents.get(i)));
        zip.write(namesAndContents.get(i + 1).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
