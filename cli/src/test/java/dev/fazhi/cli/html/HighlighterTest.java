package dev.fazhi.cli.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.cli.result.PageWords;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Marks in a block of text: placed on the quote, nested when they overlap, text escaped around them. */
class HighlighterTest {

  private static final PageWords EN = PageWords.of(Locale.ENGLISH);

  /** Real findings of a report, so that the test needs no way to build one by hand. */
  private static List<Finding> findingsOf(String text) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("fazhi-highlighter", ".txt");
    try {
      java.nio.file.Files.writeString(file, text);
      return ReportValidator.defaults().validate(
          dev.fazhi.core.read.ReportReader.builder().build().read(file)).getFindings();
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }

  @Test
  void aFindingIsMarkedOnItsQuoteWithItsRuleAndTheRestIsEscaped() throws Exception {
    List<Finding> findings = findingsOf(HtmlOutputTest.SCRIPT_REPORT);
    Finding sum = findings.stream().filter(f -> f.getRule().equals("metric.breakdown-sum")).findFirst().orElseThrow();
    int line = sum.getLocation().map(SourceLocation::getLine).orElseThrow();
    String text = HtmlOutputTest.SCRIPT_REPORT.split("\n")[line - 1];

    String html = Highlighter.html(new DocumentBlock(line, null, false, text),
        List.of(new Highlighter.Placed("f1", sum)), EN);

    assertThat(html).contains("<mark class=\"finding sev-error\" id=\"f1\" data-n=\"1\" data-rule=\"metric.breakdown-sum\"")
        .contains("&lt;script&gt;window.pwned = 1;&lt;/script&gt;")
        .doesNotContain("<script>");
    assertThat(html.replaceAll("<[^>]+>", "")).isEqualTo(Html.escape(text));
  }

  @Test
  void overlappingMarksAreNested() throws Exception {
    List<Finding> findings = findingsOf(HtmlOutputTest.SCRIPT_REPORT);
    Finding any = findings.get(0);
    String text = "0123456789";

    String html = Highlighter.html(new DocumentBlock(99, null, false, text),
        List.of(new Highlighter.Placed("a", any), new Highlighter.Placed("b", any)), EN);

    // No quote of this text and no location on its line: both become points at its start, nested.
    assertThat(html.replaceAll("<[^>]+>", "")).isEqualTo(text);
    assertThat(html.indexOf("</mark>")).isLessThan(html.indexOf("0123"));
  }
}
