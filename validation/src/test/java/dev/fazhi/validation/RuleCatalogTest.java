package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {

  private static Properties bundle(String name) throws IOException {
    // Read as the library reads it: from the module's own resources.
    Properties properties = new Properties();
    try (InputStream in = RuleCatalog.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(properties).as(name).isNotEmpty();
    return properties;
  }

  @Test
  void everyRuleIsDescribedInChineseAndEnglish() {
    for (RuleDescriptor rule : RuleCatalog.rules()) {
      String zh = rule.description(Locale.SIMPLIFIED_CHINESE);
      String en = rule.description(Locale.ENGLISH);
      assertThat(zh).as(rule.getId()).isNotBlank().isNotEqualTo(en)
          .matches(s -> s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
              == Character.UnicodeScript.HAN), "contains Chinese");
      assertThat(en).as(rule.getId()).isNotBlank().containsPattern("[a-z]{3,}");
    }
  }

  @Test
  void descriptionsNeverFallBackToTheJvmLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(RuleCatalog.find("meta.date-missing").orElseThrow().description(Locale.ENGLISH))
          .isEqualTo("The report carries no signing date.");
      Locale.setDefault(Locale.US);
      assertThat(RuleCatalog.find("meta.date-missing").orElseThrow()
          .description(Locale.SIMPLIFIED_CHINESE)).isEqualTo("报告没有成文日期。");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void everyMessageKeyHasAChineseAndAnEnglishText() throws IOException {
    Properties english = bundle("dev/fazhi/validation/Messages.properties");
    Properties chinese = bundle("dev/fazhi/validation/Messages_zh.properties");
    // docs/rules.md is in English: its rows (<id>.doc.*) are in the English bundle only.
    assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames().stream()
        .filter(k -> !k.contains(".doc.")).collect(java.util.stream.Collectors.toSet()));
    for (RuleDescriptor rule : RuleCatalog.rules()) {
      assertThat(english.stringPropertyNames())
          .as("message of %s", rule.getId())
          .anyMatch(k -> k.equals(rule.getId() + ".message")
              || k.startsWith(rule.getId() + ".message."));
    }
    for (String key : english.stringPropertyNames()) {
      assertThat(key).as("every key starts with a rule id, part. or bound.")
          .matches(k -> k.startsWith("part.") || k.startsWith("bound.")
              || RuleCatalog.find(k.substring(0, k.indexOf('.', k.indexOf('.') + 1))).isPresent());
    }
  }

  @Test
  void findsRulesByIdAndFamilies() {
    assertThat(RuleCatalog.find("metric.breakdown-sum")).get()
        .extracting(RuleDescriptor::getFamily, RuleDescriptor::getSource)
        .containsExactly("metric", RuleSource.ARITH);
    assertThat(RuleCatalog.find("metric.nonsense")).isEmpty();
  }

  /**
   * The specification's rule tables ({@code spec/rules.md} beside the shared corpus, or the system
   * property {@code fazhi.spec}): each row's id and severity, in the specification's order.
   */
  private static Map<String, Severity> specification() throws IOException {
    Path corpus = Path.of(System.getProperty("fazhi.corpus",
        System.getProperty("fazhi.corpus.default", "../../shared/corpus")));
    Path spec = Path.of(System.getProperty("fazhi.spec",
        corpus.resolveSibling("spec").resolve("rules.md").toString()));
    Assumptions.assumeTrue(Files.isRegularFile(spec), "specification not found at "
        + spec.toAbsolutePath() + " (system properties fazhi.spec, fazhi.corpus)");
    Pattern row = Pattern.compile("^\\|\\s*([a-z]+\\.[a-z-]+)\\s*\\|\\s*(ERROR|WARNING|INFO)\\s*\\|");
    Map<String, Severity> rules = new LinkedHashMap<>();
    for (String line : Files.readAllLines(spec, StandardCharsets.UTF_8)) {
      Matcher m = row.matcher(line);
      if (m.find()) {
        assertThat(rules.put(m.group(1), Severity.valueOf(m.group(2)))).as("%s listed once", m.group(1))
            .isNull();
      }
    }
    assertThat(rules).as("rule rows in " + spec).isNotEmpty();
    return rules;
  }

  @Test
  void theCatalogHasEveryRuleOfTheSpecificationWithItsSeverityInItsOrder() throws IOException {
    Map<String, Severity> spec = specification();
    Map<String, Severity> catalog = new LinkedHashMap<>();
    RuleCatalog.rules().forEach(r -> catalog.put(r.getId(), r.getDefaultSeverity()));
    // The specification's ids and severities may never change; rules it does not name yet may follow.
    assertThat(catalog).containsAllEntriesOf(spec);
    assertThat(catalog.keySet().stream().filter(spec::containsKey).toList())
        .as("in the specification's order").containsExactlyElementsOf(spec.keySet());
  }

  @Test
  void namesEveryPartInBothLanguagesWithoutTheJvmLocale() {
    assertThat(RuleCatalog.partName(Part.MEASURES_AND_RESULTS, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("推进法治政府建设的主要举措和成效");
    assertThat(RuleCatalog.partName(Part.MEASURES_AND_RESULTS, Locale.ENGLISH))
        .isEqualTo("measures and results");
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CHINA);
      for (Part part : Part.values()) {
        String english = RuleCatalog.partName(part, Locale.ROOT);
        String chinese = RuleCatalog.partName(part, Locale.CHINESE);
        assertThat(english).as(part.name()).isNotBlank().matches("[\\x20-\\x7e]+");
        assertThat(chinese).as(part.name()).isNotBlank().isNotEqualTo(english)
            .matches(".*[\\u4e00-\\u9fff].*");
        assertThat(RuleCatalog.partName(part, Locale.TRADITIONAL_CHINESE)).isEqualTo(chinese);
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void selectsRulesByIdOrFamily() {
    assertThat(RuleCatalog.matches("metric.breakdown-sum", "metric.breakdown-sum")).isTrue();
    assertThat(RuleCatalog.matches("metric.breakdown", "metric.breakdown-sum")).isFalse();
    assertThat(RuleCatalog.matches("metric.*", "metric.breakdown-sum")).isTrue();
    assertThat(RuleCatalog.matches("metric", "metric.breakdown-sum")).isTrue();
    assertThat(RuleCatalog.matches("metric", "metrics.other")).isFalse();
    assertThat(RuleCatalog.matches("metric.*", "meta.signed-date")).isFalse();
    assertThat(RuleCatalog.matches("outline.numbering-*", "outline.numbering-gap")).isTrue();
    assertThat(RuleCatalog.matches("outline.numbering-*", "outline.part-missing")).isFalse();
    assertThat(RuleCatalog.isFamily("metric")).isTrue();
    assertThat(RuleCatalog.isFamily("metric.*")).isTrue();
    assertThat(RuleCatalog.isFamily("metric.breakdown-sum")).isFalse();
    // every family of the catalog selects exactly its own rules
    for (RuleDescriptor rule : RuleCatalog.rules()) {
      assertThat(RuleCatalog.rules().stream().filter(r -> RuleCatalog.matches(rule.getFamily(), r.getId())))
          .allMatch(r -> r.getFamily().equals(rule.getFamily()));
    }
  }
}
