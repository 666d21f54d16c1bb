package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md's table of rules is generated from the code's rule list and each rule's texts
 * ({@code <id>.doc.meaning}, {@code <id>.doc.example} in Messages.properties); this test fails when the
 * two drift apart, and with {@code -Dfazhi.rules.write=true} writes the table into the document.
 */
class RulesDocumentTest {

  private static final Path DOC = Path.of("..", "docs", "rules.md");
  private static final String START = "| id | severity | source | meaning | example |";
  private static final String END = "<!-- end of the generated table -->";

  /** The table as the rule list gives it. */
  static String table() {
    StringBuilder out = new StringBuilder(START).append("\n|---|---|---|---|---|\n");
    for (RuleDescriptor rule : RuleCatalog.rules()) {
      MessageBundle texts = MessageBundle.of(rule.getMessageBundle(), Locale.ENGLISH,
          RuleCatalog.class);
      out.append("| ").append(rule.getId()).append(" | ").append(rule.getDefaultSeverity())
          .append(" | ").append(rule.getSource())
          .append(" | ").append(texts.text(rule.getId() + ".doc.meaning").orElseThrow(
              () -> new AssertionError(rule.getId() + ".doc.meaning missing")))
          .append(" | ").append(texts.text(rule.getId() + ".doc.example").orElseThrow(
              () -> new AssertionError(rule.getId() + ".doc.example missing")))
          .append(" |\n");
    }
    return out.toString();
  }

  @Test
  void theDocumentsTableIsTheOneTheRuleListGives() throws IOException {
    assertThat(DOC).as("docs/rules.md at the repository root").exists();
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    assertThat(start).as("the table's first line").isNotNegative();
    assertThat(end).as("the end marker").isGreaterThan(start);
    String generated = table();
    if (Boolean.getBoolean("fazhi.rules.write")) {
      Files.writeString(DOC, doc.substring(0, start) + generated + doc.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(doc.substring(start, end)).as("docs/rules.md's table; regenerate it with "
        + "./mvnw -pl validation -am test -Dtest=RulesDocumentTest "
        + "-Dsurefire.failIfNoSpecifiedTests=false -Dfazhi.rules.write=true").isEqualTo(generated);
  }

  @Test
  void catalogMatchesTheSpecificationsIdsAndSeverities() {
    Map<String, Severity> spec = new LinkedHashMap<>();
    spec.put("outline.part-missing", Severity.ERROR);
    spec.put("outline.part-embedded", Severity.WARNING);
    spec.put("outline.part-order", Severity.INFO);
    spec.put("outline.part-empty", Severity.ERROR);
    spec.put("outline.causes-missing", Severity.WARNING);
    spec.put("outline.no-figures", Severity.WARNING);
    spec.put("outline.numbering-duplicate", Severity.ERROR);
    spec.put("outline.numbering-gap", Severity.WARNING);
    spec.put("outline.numbering-missing", Severity.WARNING);
    spec.put("outline.numbering-style", Severity.INFO);
    spec.put("meta.issuer-missing", Severity.ERROR);
    spec.put("meta.year-missing", Severity.ERROR);
    spec.put("meta.year-mismatch", Severity.ERROR);
    spec.put("meta.date-missing", Severity.WARNING);
    spec.put("meta.date-before-period-end", Severity.ERROR);
    spec.put("meta.publication-late", Severity.WARNING);
    spec.put("meta.published-before-signed", Severity.ERROR);
    spec.put("meta.title-nonstandard", Severity.INFO);
    spec.put("metric.completed-exceeds-assigned", Severity.ERROR);
    spec.put("metric.rate-mismatch", Severity.ERROR);
    spec.put("metric.rate-out-of-range", Severity.ERROR);
    spec.put("metric.breakdown-sum", Severity.ERROR);
    spec.put("metric.subset-exceeds-total", Severity.ERROR);
    spec.put("metric.negative-value", Severity.ERROR);
    spec.put("metric.conflicting-values", Severity.WARNING);
    spec.put("text.doubled-punctuation", Severity.INFO);
    spec.put("text.letter-in-number", Severity.WARNING);
    spec.put("text.repeated-phrase", Severity.INFO);
    spec.put("text.editor-residue", Severity.INFO);
    Map<String, Severity> catalog = new LinkedHashMap<>();
    RuleCatalog.rules().forEach(r -> catalog.put(r.getId(), r.getDefaultSeverity()));
    // New rules may follow; these ids and severities may never change.
    assertThat(catalog).containsAllEntriesOf(spec);
    assertThat(catalog.keySet().stream().filter(spec::containsKey).toList())
        .as("in the specification's order").containsExactlyElementsOf(spec.keySet());
  }
}
