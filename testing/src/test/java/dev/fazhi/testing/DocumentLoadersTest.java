package dev.fazhi.testing;

import static dev.fazhi.testing.FazhiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.documents.DocumentException;
import dev.fazhi.documents.DocumentFormat;
import dev.fazhi.documents.DocumentReport;
import dev.fazhi.validation.ReportValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The loaders read web pages, Word files and PDFs by their content, through fazhi-documents: the
 * project's clean sample as a Word file numbered automatically through its heading styles, as a GBK web
 * page and as a PDF ({@code src/test/resources/documents/}, written by the documents module's
 * {@code TestingSamplesTest}) reads to the headings and figures of its published text.
 */
class DocumentLoadersTest {

  private static final String CLEAN = "qingshan-justice-2024-clean";

  private static List<String> headings(Report r) {
    return r.allSections().stream().map(Section::getHeading).map(h -> h.getLabel() + h.getText()).toList();
  }

  @Test
  void aWordFileAWebPageAndAPdfReadAsTheirPublishedText() {
    Report text = SampleReports.bundledTextReport(CLEAN);
    for (String extension : List.of("docx", "html", "pdf")) {
      Report read = SampleReports.read("documents/" + CLEAN + "." + extension);
      assertThat(read.getSource()).hasValue("documents/" + CLEAN + "." + extension);
      assertThat(headings(read)).as(extension).isEqualTo(headings(text));
      assertThat(read.allFigures()).as(extension).hasSameSizeAs(text.allFigures());
      for (Part part : Part.required()) {
        assertThat(read).as(extension).hasPart(part);
      }
      assertThat(ReportValidator.defaults().validate(read).getFindings())
          .as(extension + ": the clean sample has no error in any format")
          .noneMatch(f -> f.getSeverity() == dev.fazhi.validation.Severity.ERROR);
    }
  }

  @Test
  void theWordFilesHeadingLabelsComeFromItsAutomaticNumbering() {
    DocumentReport docx = SampleReports.document("documents/" + CLEAN + ".docx");
    assertThat(docx.getDocument().getFormat()).isEqualTo(DocumentFormat.DOCX);
    List<Heading> top = docx.getReport().sectionsOf(Part.MEASURES_AND_RESULTS).stream()
        .map(Section::getHeading).toList();
    assertThat(top).isNotEmpty();
    assertThat(top.get(0).getLabel()).isEqualTo("一、");
    // the labels are in no paragraph's text: the numbering emulator rendered them
    assertThat(docx.getDocument().getLines()).filteredOn(l -> l.getText().startsWith("一、"))
        .isNotEmpty().allSatisfy(l -> {
          assertThat(l.getLabelSource()).isEqualTo(dev.fazhi.documents.LabelSource.AUTOMATIC);
          assertThat(l.getNumberingLabel()).hasValue("一、");
        });
  }

  @Test
  void theDocumentKeepsWhatOnlyItsFormatKnows() {
    DocumentReport pdf = SampleReports.document(DocumentLoadersTest.class, "/documents/" + CLEAN + ".pdf");
    assertThat(pdf.getDocument().getFormat()).isEqualTo(DocumentFormat.PDF);
    assertThat(pdf.getDocument().getPageCount().orElse(0)).isGreaterThan(1);
    Section last = pdf.getReport().allSections().get(pdf.getReport().allSections().size() - 1);
    assertThat(pdf.page(last.getLocation().orElseThrow()).orElse(0)).as("the last heading's page").isGreaterThan(1);
    DocumentReport page = SampleReports.document("documents/" + CLEAN + ".html");
    assertThat(page.getReport().getMetadata().flatMap(m -> m.getPublishedOn())).isPresent();
  }

  @Test
  void textsAndJsonStillLoadThroughTheSameMethod() {
    assertThat(SampleReports.read("reports/tiny.json")).isEqualTo(SampleReports.json("reports/tiny.json"));
    assertThat(SampleReports.read("reports/tiny.txt").getTitle())
        .isEqualTo(SampleReports.text("reports/tiny.txt").getTitle());
  }

  @Test
  void aDocumentThatCannotBeReadIsNamedWithItsReason() {
    assertThatThrownBy(() -> SampleReports.read("documents/scanned.pdf"))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("documents/scanned.pdf")
        .hasMessageContaining("scanned")
        .satisfies(e -> assertThat(((DocumentException) e).getKind()).isEqualTo(DocumentException.Kind.NO_TEXT));
    assertThatThrownBy(() -> SampleReports.document("documents/absent.docx"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'documents/absent.docx'");
  }
}
