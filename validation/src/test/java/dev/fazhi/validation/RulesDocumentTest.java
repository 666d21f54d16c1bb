package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
}
