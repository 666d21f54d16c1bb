package dev.fazhi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Part;
import dev.fazhi.testing.FazhiAssertions;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs every example, so that what the README shows of them is true. */
class ExamplesTest {

  /** The examples' default files are relative to the repository root; tests run in examples/. */
  private static Path fromRoot(String file) {
    return Path.of("..").resolve(file);
  }

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildAndValidate() {
    ValidationResult result = BuildAndValidateExample.run(out);

    FazhiAssertions.assertThat(result)
        .hasFindingAbout("outline.part-missing", Part.PRINCIPAL_RESPONSIBILITY)
        .hasFindingCount("metric.breakdown-sum", 1);
    assertThat(printed()).contains("ERROR outline.part-missing", "ERROR metric.breakdown-sum");
  }

  @Test
  void readText() throws IOException {
    ValidationResult result = ReadTextExample.run(out, fromRoot(ReadTextExample.DEFAULT_FILE));

    assertThat(printed()).contains("issuer: 云溪县市场监督管理局", "year:   2023");
    FazhiAssertions.assertThat(result)
        .hasFinding("outline.part-missing")
        .hasFinding("meta.publication-late")
        .hasFindingAt("metric.breakdown-sum", 16)
        .hasFinding("text.editor-residue");
    assertThat(printed()).contains("metric.breakdown-sum").containsPattern("\\n16:\\d+ ERROR metric.breakdown-sum");
  }

  @Test
  void plainJakartaValidator() throws IOException {
    List<Finding> findings = PlainJakartaValidatorExample.run(out,
        fromRoot(PlainJakartaValidatorExample.DEFAULT_FILE));

    FazhiAssertions.assertThat(ValidationResult.of(findings))
        .hasFinding("metric.breakdown-sum")
        .hasFinding("metric.completed-exceeds-assigned");
    assertThat(printed()).contains("constraint violations", "(metric.breakdown-sum, ERROR)");
  }

  @Test
  void customRule() {
    ValidationResult result = CustomRuleExample.run(out);

    FazhiAssertions.assertThat(result).finding("local.title-names-issuer")
        .hasSeverity(Severity.WARNING)
        .hasMessageContaining("The title does not name the issuer 东湖区交通运输局")
        .hasQuoteContaining("2024年法治政府建设年度报告");
    assertThat(result.getFindings()).hasSizeGreaterThan(1);
    assertThat(printed()).contains("WARNING local.title-names-issuer");
  }

  @Test
  void provincialDeadline() {
    ValidationResult result = ProvincialDeadlineExample.run(out);

    FazhiAssertions.assertThat(result).finding("meta.publication-late").hasSeverity(Severity.ERROR);
    assertThat(printed()).contains("national deadline 04-01: 0 late finding(s)",
        "provincial deadline 03-01:", "ERROR meta.publication-late");
  }
}
