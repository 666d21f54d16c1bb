package dev.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.documents.word.ReportDocx;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The project's clean sample as a plain text, a web page in GBK, a Word file with automatic numbering
 * and a PDF laid out on A4 gives the same parts, figures and findings. What only a format knows
 * (metadata, residue, pages) is left out of the comparison: the findings of rules fed by it
 * ({@code meta.dates-disagree}, {@code meta.publication-late}, which the page's publication date
 * feeds) are compared apart from those.
 */
class SameReportAcrossFormatsTest {

  private static final Set<String> FORMAT_ONLY = Set.of("meta.dates-disagree", "meta.publication-late");

  private record Facts(Map<Part, String> parts, List<String> headings, List<String> figures,
      List<String> findings, String issuer, Integer year, String signedOn) {}

  private static Facts facts(DocumentReport read) {
    Report r = read.getReport();
    Map<Part, String> parts = new EnumMap<>(Part.class);
    for (Part p : Part.values()) {
      List<Section> sections = r.sectionsOf(p);
      parts.put(p, sections.isEmpty() ? (r.getEmbeddedParts().containsKey(p) ? "embedded" : null)
          : sections.get(0).getHeading().getLabel() + sections.get(0).getHeading().getText());
    }
    List<String> headings = r.allSections().stream()
        .map(s -> s.getHeading().getLabel() + s.getHeading().getText()).toList();
    List<String> figures = new ArrayList<>();
    for (Figure f : r.allFigures()) {
      figures.add(f.toString().replaceAll(",?\\s*location=SourceLocation\\{[^}]*\\}", ""));
    }
    List<String> findings = new ArrayList<>();
    for (Finding f : ReportValidator.defaults().validate(r).getFindings()) {
      if (!FORMAT_ONLY.contains(f.getRule())) {
        findings.add(f.getRule() + " " + f.getSection().orElse("") + " " + f.getQuote().orElse(""));
      }
    }
    return new Facts(parts, headings, figures, findings,
        r.getIssuer().map(Object::toString).orElse(null),
        r.getReportingYear().isPresent() ? r.getReportingYear().getAsInt() : null,
        r.getSignedOn().map(Object::toString).orElse(null));
  }

  private static byte[] pdf() {
    try (InputStream in = SameReportAcrossFormatsTest.class.getResourceAsStream("pdf/report-text.pdf")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theSameReportInEveryFormatGivesTheSameFacts() {
    DocumentReader reader = DocumentReader.defaults();
    DocumentReport txt = reader.readReport(SampleText.text(SampleText.CLEAN).getBytes(StandardCharsets.UTF_8), "r.txt");
    DocumentReport html = reader.readReport(
        dev.fazhi.documents.html.HtmlSamplesAccess.trsGbk().getBytes(Charset.forName("GBK")), "r.html");
    DocumentReport docx = reader.readReport(ReportDocx.clean().build(), "r.docx");
    DocumentReport pdf = reader.readReport(pdf(), "r.pdf");
    Facts expected = facts(txt);
    assertThat(Part.required()).allSatisfy(p -> assertThat(expected.parts().get(p)).isNotNull());
    assertThat(expected.figures()).hasSizeGreaterThan(20);
    assertThat(txt.getDocument().getFormat()).isEqualTo(DocumentFormat.TEXT);
    assertThat(facts(html)).as("html").usingRecursiveComparison().isEqualTo(expected);
    assertThat(facts(docx)).as("docx").usingRecursiveComparison().isEqualTo(expected);
    assertThat(facts(pdf)).as("pdf").usingRecursiveComparison().isEqualTo(expected);
    // what only the formats know
    assertThat(html.getReport().getMetadata().flatMap(m -> m.getPublishedOn())).isPresent();
    assertThat(pdf.getReport().getMetadata().flatMap(m -> m.getModifiedOn())).isPresent();
    assertThat(txt.getReport().getMetadata()).isEmpty();
  }
}
