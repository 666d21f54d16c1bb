package dev.fazhi.documents;

import dev.fazhi.documents.word.DocxBuilder;
import dev.fazhi.documents.word.ReportDocx;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the fuzz tests' committed seed inputs: small documents of each format, written for the
 * project. Run from the module directory; the files are committed.
 */
public final class FuzzSeeds {

  private FuzzSeeds() {}

  /**
   * Writes the seeds.
   *
   * @param args unused
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path res = Path.of("src/test/resources/dev/fazhi/documents");
    Path html = Files.createDirectories(res.resolve("html/HtmlReaderFuzzTestInputs/read"));
    String page = "<html><head><meta charset=\"%s\"><meta name=\"PubDate\" content=\"2025-03-06\"></head><body>"
        + "<table><tr><td>索引号：</td><td>X/2025-1</td></tr></table><div id=\"zoom\"><p>某局2024年法治政府建设年度报告</p>"
        + "<p>一、主要举措和成效</p><p>受理申请12件，办结12件，办结率100%。</p><table><tr><td>序号</td><td>任务</td></tr></table>"
        + "<p>二、存在的不足和原因</p><p>2025年2月18日</p></div></body></html>";
    Files.write(html.resolve("trs-utf8.html"), page.replace("%s", "utf-8").getBytes(StandardCharsets.UTF_8));
    Files.write(html.resolve("trs-gbk.html"), page.replace("%s", "gbk").getBytes(Charset.forName("GBK")));
    Files.write(html.resolve("no-charset-br.html"), ("<html><body><div>标题<br>正文一<br>正文二</div>"
        + "<script>document.write('<p>x</p>')</script></body></html>").getBytes(StandardCharsets.UTF_8));
    Files.write(html.resolve("nested.html"), ("<div>".repeat(150) + "深" + "</div>".repeat(150))
        .getBytes(StandardCharsets.UTF_8));
    Files.write(html.resolve("utf16-bom.html"), ("\uFEFF<html><body><p>正文</p></body></html>")
        .getBytes(StandardCharsets.UTF_16LE));
    Files.write(html.resolve("bad-declared.html"), ("<meta charset=\"utf-8\"><p>\u00ff\u00fe</p>")
        .getBytes(StandardCharsets.ISO_8859_1));

    Path word = Files.createDirectories(res.resolve("word/WordReaderFuzzTestInputs/read"));
    Files.write(word.resolve("numbered.docx"), new DocxBuilder().styled("Title", "某局2024年法治政府建设年度报告")
        .heading(1, "主要举措").heading(2, "举措一").heading(3, "要点").heading(4, "细节").para("正文12件。")
        .build());
    Files.write(word.resolve("residue.docx"), new DocxBuilder().raw("<w:p><w:ins w:id=\"1\" w:author=\"a\" "
        + "w:date=\"2025-01-01T00:00:00Z\"><w:r><w:t>新</w:t></w:r></w:ins><w:del w:id=\"2\"><w:r><w:delText>旧</w:delText>"
        + "</w:r></w:del><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐</w:t></w:r></w:p>")
        .comments("<w:comment w:id=\"0\" w:author=\"b\"><w:p><w:r><w:t>注</w:t></w:r></w:p></w:comment>").build());
    Files.write(word.resolve("fields-table.docx"), new DocxBuilder().raw("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/>"
        + "</w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t>"
        + "</w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>格</w:t></w:r></w:p>"
        + "</w:tc></w:tr></w:tbl>").build());
    Files.write(word.resolve("sample.docx"), ReportDocx.clean().build());

    Path pdf = Files.createDirectories(res.resolve("pdf/PdfReaderFuzzTestInputs/read"));
    Files.copy(res.resolve("pdf/scanned.pdf"), pdf.resolve("scanned.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.write(pdf.resolve("minimal.pdf"), ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R "
        + "/MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>\nendobj\n"
        + "4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 20 100 Td (Report 2024) Tj ET\nendstream\nendobj\n"
        + "5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1));
  }
}
