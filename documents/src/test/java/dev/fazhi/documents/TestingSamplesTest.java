package dev.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.documents.html.HtmlSamplesAccess;
import dev.fazhi.documents.word.ReportDocx;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documents that {@code fazhi-testing}'s own tests load through its loaders
 * ({@code testing/src/test/resources/documents/}): the project's clean sample as a Word file with
 * automatic numbering through its heading styles, as a TRS-shaped web page in GBK and as a PDF, made by
 * this module's generators ({@link ReportDocx}, {@code HtmlPages}, {@code PdfSamples}). Committed there
 * because the testing module cannot see this module's tests.
 *
 * <p>Rewrite them with {@code ./mvnw -pl documents -am test -Dtest=TestingSamplesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfazhi.testing.samples.write=true}; without the property the
 * test checks that the committed files read as the generators' output does.
 */
class TestingSamplesTest {

  private static final Path DIR = Path.of("../testing/src/test/resources/documents");
  private static final String BASE = "qingshan-justice-2024-clean";

  private static byte[] generated(String extension) throws IOException {
    return switch (extension) {
      case "docx" -> ReportDocx.clean().build();
      case "html" -> HtmlSamplesAccess.trsGbk().getBytes(Charset.forName("GBK"));
      case "pdf" -> {
        try (InputStream in = TestingSamplesTest.class.getResourceAsStream("pdf/report-text.pdf")) {
          yield in.readAllBytes();
        }
      }
      default -> throw new IllegalArgumentException(extension);
    };
  }

  private static List<String> headings(byte[] bytes, String name) {
    Report r = DocumentReader.defaults().readReport(bytes, name).getReport();
    return r.allSections().stream().map(Section::getHeading).map(h -> h.getLabel() + h.getText()).toList();
  }

  @Test
  void theTestingModulesDocumentsAreTheGeneratorsOutput() throws IOException {
    boolean write = Boolean.getBoolean("fazhi.testing.samples.write");
    for (String extension : List.of("docx", "html", "pdf")) {
      Path file = DIR.resolve(BASE + "." + extension);
      byte[] bytes = generated(extension);
      if (write) {
        Files.createDirectories(DIR);
        Files.write(file, bytes);
      }
      assertThat(file).as("run with -Dfazhi.testing.samples.write=true to write it").exists();
      assertThat(headings(Files.readAllBytes(file), file.toString())).as(file.toString())
          .isEqualTo(headings(bytes, file.toString())).hasSizeGreaterThan(5);
    }
  }
}
