package dev.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.documents.word.ReportDocx;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * From the file to the finding: residue in a Word file and unreadable glyphs in a PDF reach the
 * validator's text.* rules through the report's format-neutral residue, and the same report without
 * residue has none of those findings.
 */
class ResidueFindingsTest {

  private static final ReportValidator ENGLISH = ReportValidator.builder().locale(Locale.ENGLISH).build();

  private static List<String> rules(DocumentReport read) {
    return ENGLISH.validate(read.getReport()).getFindings().stream()
        .map(Finding::getRule).toList();
  }

  @Test
  void aWordFileWithResidueHasItsFindings() {
    String residue = "<w:p><w:r><w:t>另有</w:t></w:r><w:ins w:id=\"1\" w:author=\"张三\" w:date=\"2025-02-20T09:00:00Z\">"
        + "<w:r><w:t>补充说明</w:t></w:r></w:ins><w:del w:id=\"2\" w:author=\"张三\"><w:r><w:delText>旧稿</w:delText></w:r></w:del>"
        + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>内部备注</w:t></w:r><w:r><w:t>。</w:t></w:r></w:p>";
    byte[] docx = ReportDocx.clean().raw(residue)
        .comments("<w:comment w:id=\"0\" w:author=\"李四\"><w:p><w:r><w:t>数字再核对</w:t></w:r></w:p></w:comment>")
        .build();
    DocumentReport read = DocumentReader.defaults().readReport(docx, "residue.docx");
    assertThat(rules(read)).contains("text.tracked-changes", "text.comments-left", "text.hidden-text")
        .doesNotContain("text.unreadable");
    Finding changes = ENGLISH.validate(read.getReport()).findings("text.tracked-changes").get(0);
    assertThat(changes.getMessage()).contains("2 tracked change(s)", "张三");
    assertThat(rules(DocumentReader.defaults().readReport(ReportDocx.clean().build(), "clean.docx")))
        .doesNotContain("text.tracked-changes", "text.comments-left", "text.hidden-text");
  }

  @Test
  void aPdfWithUnmappedGlyphsHasItsFinding() throws IOException {
    byte[] pdf;
    try (InputStream in = getClass().getResourceAsStream("pdf/report-unmapped-page2.pdf")) {
      pdf = in.readAllBytes();
    }
    DocumentReport read = DocumentReader.defaults().readReport(pdf, "u.pdf");
    List<Finding> found = ENGLISH.validate(read.getReport()).findings("text.unreadable");
    assertThat(found).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("page(s) 2"));
  }
}
