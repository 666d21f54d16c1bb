package dev.fazhi.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.documents.Document;
import dev.fazhi.documents.DocumentException;
import dev.fazhi.documents.DocumentFormat;
import dev.fazhi.documents.DocumentReader;
import dev.fazhi.documents.DocumentReport;
import dev.fazhi.documents.PageGlyphs;
import dev.fazhi.documents.SampleText;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PdfReaderTest {

  private static final DocumentReader READER = DocumentReader.defaults();

  static byte[] resource(String name) {
    try (InputStream in = PdfReaderTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  @Test
  void theSampleAsATextPdfReadsWithPagesAndDates() {
    byte[] pdf = resource("report-text.pdf");
    assertThat(READER.formatOf(pdf, "r.pdf")).isEqualTo(DocumentFormat.PDF);
    DocumentReport read = READER.readReport(pdf, "r.pdf");
    Document doc = read.getDocument();
    assertThat(doc.getLines().get(0).getText()).isEqualTo(SampleText.lines(SampleText.CLEAN).get(0));
    assertThat(doc.getLines().get(0).getOrigin().getPage()).hasValue(1);
    assertThat(doc.getLines().get(0).getOrigin().getLine()).hasValue(1);
    assertThat(doc.getPageCount()).isPresent();
    assertThat(doc.getResidue().getPages()).allSatisfy(p -> assertThat(p.getUnmapped()).isZero());
    assertThat(doc.getMetadata().getModifiedOn()).contains(LocalDate.of(2025, 2, 18));
    Report report = read.getReport();
    assertThat(report.partsWithSections()).contains(Part.MEASURES_AND_RESULTS, Part.SHORTCOMINGS_AND_CAUSES,
        Part.PRINCIPAL_RESPONSIBILITY, Part.NEXT_YEAR_PLAN);
    var second = report.getSections().get(1).getLocation().orElseThrow();
    assertThat(read.page(second).getAsInt()).isGreaterThan(1);
  }

  @Test
  void glyphsWithoutUnicodeAreCountedOnTheirPage() {
    DocumentReport read = READER.readReport(resource("report-unmapped-page2.pdf"), "u.pdf");
    Document doc = read.getDocument();
    var residue = read.getReport().getResidue().orElseThrow();
    assertThat(residue.getUnreadablePages()).containsExactly(2);
    assertThat(residue.getUnreadableGlyphs()).isPositive().isLessThan(residue.getGlyphs());
    assertThat(doc.getResidue().unreadablePages()).extracting(PageGlyphs::getPage).containsExactly(2);
    PageGlyphs page2 = doc.getResidue().unreadablePages().get(0);
    assertThat(page2.getUnmapped()).isEqualTo(page2.getGlyphs()).isPositive();
    assertThat(doc.getLines()).noneMatch(l -> l.getOrigin().getPage().getAsInt() == 2);
  }

  @Test
  void aScannedPdfIsNotCheckable() {
    assertThatThrownBy(() -> READER.read(resource("scanned.pdf"), "scan.pdf"))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("scan.pdf")
        .hasMessageContaining("scanned: the PDF holds images and no text; OCR is not part of fazhi")
        .satisfies(e -> assertThat(((DocumentException) e).getKind()).isEqualTo(DocumentException.Kind.NO_TEXT));
  }

  @Test
  void chineseRepairs() {
    assertThat(CjkText.repair("2 0 2 4 年 全 面 推 进 ， 依 法 行 政 ABC DEF")).isEqualTo("2 0 2 4 年全面推进，依法行政 ABC DEF");
    assertThat(CjkText.repair("⻝品安全⾏政执法 ①")).isEqualTo("食品安全行政执法 ①");
    assertThat(CjkText.repair("１２３")).isEqualTo("１２３");
  }
}
