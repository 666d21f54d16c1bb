package dev.fazhi.documents.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.documents.Document;
import dev.fazhi.documents.DocumentException;
import dev.fazhi.documents.DocumentFormat;
import dev.fazhi.documents.DocumentLimits;
import dev.fazhi.documents.DocumentReader;
import dev.fazhi.documents.DocumentReport;
import dev.fazhi.documents.Origin;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private static final DocumentReader READER = DocumentReader.defaults();

  @Test
  void trsPageInGbkReadsBodyTitleAndGridButNotTheClock() {
    byte[] bytes = HtmlPages.trsGbk().getBytes(HtmlPages.GBK);
    assertThat(READER.formatOf(bytes, "trs.html")).isEqualTo(DocumentFormat.HTML);
    DocumentReport read = READER.readReport(bytes, "trs.html");
    Document doc = read.getDocument();
    assertThat(doc.getLines().get(0).getText()).isEqualTo(HtmlPages.title());
    assertThat(doc.getLines().get(1).getText()).startsWith("\u00A0\u00A02024年，青山区司法局");
    assertThat(doc.text()).doesNotContain("不是正文", "首页", "主办单位", "索引号", "2026年12月3日");
    assertThat(doc.getMetadata().getIndexNumber()).contains("11440114MB2C90817K/2025-00031");
    assertThat(doc.getMetadata().getPublisher()).contains("青山区司法局");
    assertThat(doc.getMetadata().getDocumentNumber()).contains("青司〔2025〕7号");
    assertThat(doc.getMetadata().getSignedOn()).contains(LocalDate.of(2025, 2, 18));
    assertThat(doc.getMetadata().getPublishedOn()).contains(LocalDate.of(2025, 3, 6));
    Report report = read.getReport();
    assertThat(report.getTitle()).contains(HtmlPages.title());
    assertThat(report.getSignedOn()).contains(LocalDate.of(2025, 2, 18));
    assertThat(report.partsWithSections()).contains(Part.MEASURES_AND_RESULTS,
        Part.SHORTCOMINGS_AND_CAUSES, Part.PRINCIPAL_RESPONSIBILITY, Part.NEXT_YEAR_PLAN);
    // the first heading maps back to its line in the HTML source
    var heading = report.getSections().get(0).getLocation().orElseThrow();
    Origin origin = read.origin(heading).orElseThrow();
    String[] source = HtmlPages.trsGbk().split("\n", -1);
    assertThat(source[origin.getLine().getAsInt() - 1]).contains("一、2024年推进法治政府建设的主要举措和成效");
    assertThat(origin.getColumn()).isPresent();
    assertThat(read.page(heading)).isEmpty();
  }

  @Test
  void pagesContentInUtf8TakesMetaTagsAndIgnoresTheDateWidget() {
    byte[] bytes = HtmlPages.pagesContentUtf8().getBytes(StandardCharsets.UTF_8);
    DocumentReport read = READER.readReport(bytes, "pc.html");
    Document doc = read.getDocument();
    assertThat(doc.getLines().get(0).getText()).isEqualTo(HtmlPages.title());
    assertThat(doc.getLines().stream().filter(l -> l.getText().equals(HtmlPages.title()))).hasSize(1);
    assertThat(doc.getMetadata().getPublishedOn()).contains(LocalDate.of(2025, 3, 6));
    assertThat(doc.getMetadata().getTitle()).contains(HtmlPages.title());
    assertThat(doc.getMetadata().getSignedOn()).contains(LocalDate.of(2025, 2, 18));
    assertThat(doc.getMetadata().getDocumentNumber()).contains("青司〔2025〕7号");
    assertThat(read.getReport().getReportingYear()).hasValue(2024);
  }

  @Test
  void brParagraphsAndThePublicationLine() {
    byte[] bytes = HtmlPages.ivsBr().getBytes(HtmlPages.GBK);
    DocumentReport read = READER.readReport(bytes, "ivs.html");
    Document doc = read.getDocument();
    assertThat(doc.getLines().get(0).getText()).isEqualTo(HtmlPages.title());
    assertThat(doc.getLines().get(1).getText()).startsWith("\u3000\u30002024年");
    assertThat(doc.getMetadata().getPublishedOn()).contains(LocalDate.of(2025, 3, 6));
    assertThat(doc.getMetadata().getPublisher()).contains("青山区司法局");
    assertThat(read.getReport().partsWithSections()).hasSize(4);
  }

  @Test
  void withoutKnownContainerTheDensestBlockIsTheBody() {
    Document doc = READER.read(HtmlPages.noContainer().getBytes(StandardCharsets.UTF_8), "plain.html");
    assertThat(doc.getLines().get(0).getText()).isEqualTo(HtmlPages.title());
    assertThat(doc.text()).doesNotContain("热点信息", "国务院", "互动交流");
    assertThat(doc.getLines()).hasSizeGreaterThan(30);
  }

  @Test
  void charactersOutsideGb2312SurviveAPageThatDeclaresGb2312() {
    String page = "<html><head><meta charset=\"gb2312\"></head><body><p>䶮堃犇</p></body></html>";
    Document doc = READER.read(page.getBytes(java.nio.charset.Charset.forName("GB18030")), "n.html");
    assertThat(doc.text()).isEqualTo("䶮堃犇");
  }

  @Test
  void tablesAreReadCellByCellRowByRow() {
    String page = "<html><body><div id=\"zoom\"><p>表格之前的一段说明文字，说明表格记载的内容和年度工作的完成情况。</p>"
        + "<table><tr><th>序号</th><th>任务</th><th>完成情况</th></tr>"
        + "<tr><td>1</td><td>制定工作要点</td><td>已完成</td></tr></table></div></body></html>";
    Document doc = READER.read(page.getBytes(StandardCharsets.UTF_8), "t.html");
    assertThat(doc.getLines()).extracting(l -> l.getText()).containsExactly(
        "表格之前的一段说明文字，说明表格记载的内容和年度工作的完成情况。", "序号", "任务", "完成情况", "1", "制定工作要点", "已完成");
  }

  @Test
  void bytesThatAreNotTheDeclaredCharsetAreAnErrorNamingTheByte() {
    byte[] page = "<html><head><meta charset=\"utf-8\"></head><body><p>正文</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(page, page.length + 2);
    bad[page.length] = (byte) 0xFF;
    bad[page.length + 1] = (byte) 0xFF;
    assertThatThrownBy(() -> READER.read(bad, "bad.html")).isInstanceOf(DocumentException.class)
        .hasMessageContaining("bad.html").hasMessageContaining("byte " + page.length);
  }

  @Test
  void deepNestingIsAClearError() {
    String page = "<html><body>" + "<div>".repeat(100_000) + "正文" + "</body></html>";
    DocumentReader strict = DocumentReader.builder()
        .limits(DocumentLimits.builder().maxDepth(200).build()).build();
    assertThatThrownBy(() -> strict.read(page.getBytes(StandardCharsets.UTF_8), "deep.html"))
        .isInstanceOf(DocumentException.class).hasMessageContaining("deeper than the limit of 200")
        .satisfies(e -> assertThat(((DocumentException) e).getKind()).isEqualTo(DocumentException.Kind.LIMIT));
  }
}
