package dev.fazhi.documents.word;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.documents.Document;
import dev.fazhi.documents.DocumentFormat;
import dev.fazhi.documents.DocumentLine;
import dev.fazhi.documents.DocumentReader;
import dev.fazhi.documents.DocumentReport;
import dev.fazhi.documents.LabelSource;
import dev.fazhi.documents.SampleText;
import dev.fazhi.documents.TrackedChange;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class WordReaderTest {

  private static final DocumentReader READER = DocumentReader.defaults();

  @Test
  void theSampleWithAutomaticNumberingReadsAsItsText() {
    byte[] docx = ReportDocx.clean().build();
    assertThat(READER.formatOf(docx, "r.docx")).isEqualTo(DocumentFormat.DOCX);
    DocumentReport read = READER.readReport(docx, "r.docx");
    Document doc = read.getDocument();
    assertThat(doc.getLines()).extracting(DocumentLine::getText)
        .containsExactlyElementsOf(SampleText.lines(SampleText.CLEAN));
    assertThat(doc.getLines().stream().filter(l -> l.getLabelSource() == LabelSource.AUTOMATIC).count())
        .isEqualTo(doc.getLines().stream().filter(l -> l.getHeadingLevel().isPresent()).count()).isEqualTo(25);
    assertThat(doc.getResidue().isClean()).isTrue();
    Report report = read.getReport();
    assertThat(report.partsWithSections()).contains(Part.MEASURES_AND_RESULTS, Part.SHORTCOMINGS_AND_CAUSES,
        Part.PRINCIPAL_RESPONSIBILITY, Part.NEXT_YEAR_PLAN);
    assertThat(report.getSections().get(0).getHeading().getLabel()).isEqualTo("一、");
    assertThat(read.origin(report.getSections().get(1).getLocation().orElseThrow()).orElseThrow().getPath())
        .contains("paragraph " + (SampleText.lines(SampleText.CLEAN).indexOf("二、2024年推进法治政府建设存在的不足和原因") + 1));
    assertThat(report.getSignedOn()).contains(LocalDate.of(2025, 2, 18));
  }

  @Test
  void residueIsKeptAndTheTextIsAsPublished() {
    String ins = "<w:p><w:r><w:t>全年办理案件</w:t></w:r><w:ins w:id=\"1\" w:author=\"张三\" w:date=\"2025-02-20T09:00:00Z\">"
        + "<w:r><w:t>12</w:t></w:r></w:ins><w:del w:id=\"2\" w:author=\"张三\" w:date=\"2025-02-20T09:01:00Z\">"
        + "<w:r><w:delText>10</w:delText></w:r></w:del><w:r><w:t>件。</w:t></w:r>"
        + "<w:commentRangeStart w:id=\"0\"/><w:r><w:rPr><w:vanish/></w:rPr><w:t>内部备注</w:t></w:r>"
        + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>";
    byte[] docx = new DocxBuilder().styled("Title", "某局2024年法治政府建设年度报告").raw(ins)
        .comments("<w:comment w:id=\"0\" w:author=\"李四\" w:date=\"2025-02-21T10:00:00Z\"><w:p><w:r><w:t>数字再核对</w:t></w:r></w:p></w:comment>")
        .core("<dc:creator>王五</dc:creator><cp:lastModifiedBy>张三</cp:lastModifiedBy>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-02-10T01:00:00Z</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2025-03-20T17:30:00Z</dcterms:modified>")
        .build();
    DocumentReport read = READER.readReport(docx, "residue.docx");
    Document doc = read.getDocument();
    assertThat(doc.getLines().get(1).getText()).isEqualTo("全年办理案件12件。");
    assertThat(doc.getResidue().getTrackedChanges()).extracting(TrackedChange::getKind, TrackedChange::getText)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(TrackedChange.Kind.INSERTION, "12"),
            org.assertj.core.groups.Tuple.tuple(TrackedChange.Kind.DELETION, "10"));
    assertThat(doc.getResidue().getTrackedChanges().get(0).getAuthor()).contains("张三");
    assertThat(doc.getResidue().getTrackedChanges().get(0).getDate())
        .contains(OffsetDateTime.parse("2025-02-20T09:00:00Z"));
    assertThat(doc.getResidue().getComments()).singleElement()
        .satisfies(c -> assertThat(c.getText()).isEqualTo("数字再核对"))
        .satisfies(c -> assertThat(c.getAuthor()).contains("李四"));
    assertThat(doc.getResidue().getHiddenText()).singleElement()
        .satisfies(h -> assertThat(h.getText()).isEqualTo("内部备注"))
        .satisfies(h -> assertThat(h.getOrigin().getPath()).contains("paragraph 2"));
    assertThat(doc.getMetadata().getLastModifiedBy()).contains("张三");
    assertThat(doc.getMetadata().getAuthor()).contains("王五");
    assertThat(doc.getMetadata().getModifiedOn()).contains(LocalDate.of(2025, 3, 21)); // 17:30 UTC is the 21st in China
    // the core model's format-neutral residue and metadata, for the rules
    var residue = read.getReport().getResidue().orElseThrow();
    assertThat(residue.getTrackedChanges()).isEqualTo(2);
    assertThat(residue.getFirstChangeAuthor()).contains("张三");
    assertThat(residue.getFirstChangeDate()).contains(java.time.LocalDateTime.of(2025, 2, 20, 17, 0));
    assertThat(residue.getComments()).isEqualTo(1);
    assertThat(residue.getFirstComment()).contains("数字再核对");
    assertThat(residue.getFirstHiddenText()).contains("内部备注");
    assertThat(read.getReport().getMetadata().orElseThrow().getModifiedOn()).contains(LocalDate.of(2025, 3, 21));
  }

  @Test
  void fieldResultsTablesContentControlsAndTextBoxesOnceTocAndPagesKeptApart() {
    String field = "<w:p><w:r><w:t>见</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText> HYPERLINK \"http://example.invalid\" </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>门户网站</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
    String toc = "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj></w:sdtPr>"
        + "<w:sdtContent><w:p><w:r><w:t>目录</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        + "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:r><w:t>一、总体情况……1</w:t></w:r></w:p>"
        + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>TOC \\o \"1-3\"</w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>二、存在问题……2</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t>三、下步打算……3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
    String box = "<w:p><w:r><w:t>正文一段</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
        + "<w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框内容</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing>"
        + "</mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框内容</w:t></w:r></w:p>"
        + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
    String table = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>任务</w:t></w:r></w:p></w:tc></w:tr>"
        + "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:sdt><w:sdtContent><w:p><w:r><w:t>制定要点</w:t></w:r></w:p>"
        + "</w:sdtContent></w:sdt></w:tc></w:tr></w:tbl>";
    String pageBreak = "<w:p><w:r><w:lastRenderedPageBreak/><w:t>第二页的段落</w:t></w:r></w:p>";
    byte[] docx = new DocxBuilder().raw(toc).raw(field).raw(box).raw(table).raw(pageBreak).pages(2).build();
    Document doc = READER.read(docx, "shapes.docx");
    assertThat(doc.getLines()).extracting(DocumentLine::getText).containsExactly(
        "见门户网站", "正文一段", "文本框内容", "序号", "任务", "1", "制定要点", "第二页的段落");
    assertThat(doc.getLines().get(6).getOrigin().getPath()).contains("table 1 / row 2 / cell 2 / paragraph 1");
    assertThat(doc.getLines().get(2).getOrigin().getPath()).contains("paragraph 6 / text box / paragraph 1");
    assertThat(doc.getLines().get(0).getOrigin().getPage()).hasValue(1);
    assertThat(doc.getLines().get(7).getOrigin().getPage()).hasValue(2);
    assertThat(doc.getPageCount()).hasValue(2);
  }

  @Test
  void aFileWithoutLayoutHasNoPages() {
    Document doc = READER.read(new DocxBuilder().para("一段").build(), "np.docx");
    assertThat(doc.getLines().get(0).getOrigin().getPage()).isEmpty();
    assertThat(doc.getPageCount()).isEmpty();
  }
}
