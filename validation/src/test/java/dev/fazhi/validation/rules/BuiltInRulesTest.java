package dev.fazhi.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.RuleDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules are their classes and their texts, and nothing else: every rule class in the
 * rules packages has its texts in both languages, and every rule the texts describe has its class.
 */
class BuiltInRulesTest {

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BuiltInRules.class.getResourceAsStream("/dev/fazhi/validation/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** Every concrete class implementing Rule in the rules packages, from the compiled classes. */
  private static List<Class<?>> ruleClasses() throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path root = Path.of(BuiltInRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path rules = root.resolve(BuiltInRules.class.getPackageName().replace('.', '/'));
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(rules)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
        if (Rule.class.isAssignableFrom(type) && !type.isInterface()
            && !Modifier.isAbstract(type.getModifiers())) {
          found.add(type);
        }
      }
    }
    assertThat(found).as("rule classes under " + rules).isNotEmpty();
    return found;
  }

  @Test
  void everyRuleClassInTheRulesPackagesHasItsTextsInBothLanguages() throws Exception {
    Properties english = bundle("Messages.properties");
    Properties chinese = bundle("Messages_zh.properties");
    List<String> ids = BuiltInRules.ids();
    for (Class<?> type : ruleClasses()) {
      String id = ((Rule) type.getConstructor().newInstance()).descriptor().getId();
      assertThat(BuiltInRules.className(id)).as("%s is named after its id %s", type, id)
          .isEqualTo(type.getName());
      assertThat(ids).as("%s is described in Messages.properties (%s.description)", type, id)
          .contains(id);
      for (Properties texts : List.of(english, chinese)) {
        assertThat(texts.getProperty(id + ".description")).as("%s.description", id).isNotBlank();
        assertThat(texts.stringPropertyNames()).as("%s.message", id)
            .anyMatch(k -> k.equals(id + ".message") || k.startsWith(id + ".message."));
      }
    }
  }

  @Test
  void everyRuleTheTextsDescribeHasItsClass() throws Exception {
    List<String> classes = ruleClasses().stream().map(Class::getName).toList();
    for (String id : BuiltInRules.ids()) {
      assertThat(classes).as("the class of %s", id).contains(BuiltInRules.className(id));
    }
    assertThat(new BuiltInRules().rules()).extracting(r -> r.descriptor().getId())
        .containsExactlyElementsOf(BuiltInRules.ids());
  }

  @Test
  void theCatalogIsTheseRulesInTheBundlesOrderThenTheChecksAcrossReports() {
    List<String> catalog = RuleCatalog.rules().stream().map(RuleDescriptor::getId).toList();
    List<String> ids = BuiltInRules.ids();
    assertThat(catalog.subList(0, ids.size())).isEqualTo(ids);
    assertThat(catalog.subList(ids.size(), catalog.size())).allMatch(id -> id.startsWith("corpus."));
    assertThat(ids).extracting(id -> id.substring(0, id.indexOf('.')))
        .as("families in catalog order, each in one block").isSortedAccordingTo(
            (a, b) -> Integer.compare(family(a), family(b)));
  }

  private static int family(String family) {
    return List.of("outline", "meta", "metric", "text").indexOf(family);
  }

  @Test
  void namesTheClassAfterTheId() {
    assertThat(BuiltInRules.className("metric.breakdown-sum"))
        .isEqualTo("dev.fazhi.validation.rules.metric.BreakdownSumRule");
    assertThat(BuiltInRules.className("meta.date-before-period-end"))
        .isEqualTo("dev.fazhi.validation.rules.meta.DateBeforePeriodEndRule");
    assertThat(BuiltInRules.className("text.unreadable"))
        .isEqualTo("dev.fazhi.validation.rules.text.UnreadableRule");
    assertThatThrownBy(() -> BuiltInRules.className("metric")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BuiltInRules.className("metric.")).isInstanceOf(IllegalArgumentException.class);
  }
}
