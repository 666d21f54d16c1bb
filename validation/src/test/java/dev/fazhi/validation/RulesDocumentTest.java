package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/rules.md and the code's catalog must list the same rules with the same severities. */
class RulesDocumentTest {

  private static Map<String, String[]> documentedRules() throws IOException {
    Path doc = Path.of("..", "docs", "rules.md");
    assertThat(doc).as("docs/rules.md at the repository root").exists();
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
      if (!line.startsWith("| ") || line.startsWith("| id ")) {
        continue;
      }
      String[] cells = line.split("\\|");
      String id = cells[1].strip();
      assertThat(rows).as("rule %s listed twice", id).doesNotContainKey(id);
      rows.put(id, new String[] {cells[2].strip(), cells[3].strip(), cells[4].strip(),
          cells[5].strip()});
    }
    return rows;
  }

  @Test
  void documentListsEveryCatalogRuleInOrderWithItsSeverityAndSource() throws IOException {
    Map<String, String[]> documented = documentedRules();
    assertThat(List.copyOf(documented.keySet())).isEqualTo(RuleCatalog.ids());
    for (RuleDescriptor rule : RuleCatalog.rules()) {
      String[] row = documented.get(rule.getId());
      assertThat(row[0]).as("severity of %s", rule.getId())
          .isEqualTo(rule.getDefaultSeverity().name());
      assertThat(row[1]).as("source of %s", rule.getId()).isEqualTo(rule.getSource().name());
      assertThat(row[2]).as("meaning of %s", rule.getId()).isNotBlank();
      assertThat(row[3]).as("example of %s", rule.getId()).isNotBlank();
    }
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
    spec.put("text.tracked-changes", Severity.WARNING);
    spec.put("text.comments-left", Severity.WARNING);
    spec.put("text.hidden-text", Severity.INFO);
    spec.put("text.unreadable", Severity.WARNING);
    Map<String, Severity> catalog = new LinkedHashMap<>();
    RuleCatalog.rules().forEach(r -> catalog.put(r.getId(), r.getDefaultSeverity()));
    assertThat(catalog).containsExactlyEntriesOf(spec);
  }
}
