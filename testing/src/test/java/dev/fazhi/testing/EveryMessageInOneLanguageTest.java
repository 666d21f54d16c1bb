package dev.fazhi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.Reason;
import dev.fazhi.core.model.Part;
import dev.fazhi.documents.DocumentException;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.RuleDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every user-facing message of the library, rendered in both languages, is in one language: the
 * reader's and the JSON form's errors and not-a-report reasons (core), the findings' messages and the
 * rule descriptions (validation's one bundle, keyed by rule id), the part names, the document readers'
 * reasons (fazhi-documents' bundle; real failures of each kind in {@code DocumentErrorsTest}).
 */
class EveryMessageInOneLanguageTest {

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = EveryMessageInOneLanguageTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /**
   * A bundle's English and Chinese files have the same keys, and each message holds one language;
   * the English-only rows of docs/rules.md ({@code <id>.doc.*}, markdown with Chinese examples) aside.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "dev/fazhi/core/messages|dev/fazhi/core/messages_zh",
      "dev/fazhi/validation/Messages|dev/fazhi/validation/Messages_zh",
      "dev/fazhi/documents/messages|dev/fazhi/documents/messages_zh"})
  void everyKeyOfABundleIsInOneLanguageInBoth(String bundles) throws IOException {
    String[] names = bundles.split("\\|");
    Properties english = load(names[0] + ".properties");
    Properties chinese = load(names[1] + ".properties");
    TreeSet<String> keys = new TreeSet<>(english.stringPropertyNames());
    keys.removeIf(key -> key.contains(".doc."));
    assertThat(new TreeSet<>(chinese.stringPropertyNames())).as("keys of " + names[1]).isEqualTo(keys);
    List<String> mixed = new ArrayList<>();
    for (String key : keys) {
      check(key, english.getProperty(key), Locale.ENGLISH, mixed);
      check(key, chinese.getProperty(key), Locale.SIMPLIFIED_CHINESE, mixed);
    }
    assertThat(mixed).as(bundles).isEmpty();
  }

  private static void check(String key, String message, Locale locale, List<String> mixed) {
    List<String> foreign = MessageLanguage.foreignFragments(message, locale);
    if (!foreign.isEmpty()) {
      mixed.add(locale + " " + key + ": " + foreign + " in " + message);
    }
  }

  @Test
  void everyCoreReasonRendersInTheLanguageAskedFor() throws IOException {
    for (String key : load("dev/fazhi/core/messages.properties").stringPropertyNames()) {
      Reason reason = Reason.of(key, 7, 7, 7, 7, 7);
      MessageLanguage.assertInOneLanguage(reason.in(Locale.ENGLISH), Locale.ENGLISH);
      MessageLanguage.assertInOneLanguage(reason.in(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE);
    }
  }

  /** Every reason a document reader can give, alone and on a page, in both languages. */
  @Test
  void everyDocumentReasonRendersInTheLanguageAskedFor() {
    assertThat(DocumentException.MESSAGES.keys()).hasSizeGreaterThan(40);
    for (String key : DocumentException.MESSAGES.keys()) {
      for (int page : new int[] {0, 3}) {
        DocumentException e = DocumentException.of(DocumentException.Kind.MALFORMED, "r.pdf", page,
            new java.io.IOException("Page tree root must be a dictionary"), key, "UTF-8", 7, 7);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
          String message = e.getMessage(locale);
          MessageLanguage.assertInOneLanguage(message.substring("r.pdf".length()), locale);
          assertThat(message).as(key).startsWith("r.pdf").doesNotEndWith(key)
              .doesNotContain("Page tree root");
          assertThat(e.withLocale(locale).getMessage()).isEqualTo(message);
        }
      }
    }
  }

  @Test
  void partNamesAndRuleDescriptionsAreInTheValidatorsLanguage() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      for (Part part : Part.values()) {
        MessageLanguage.assertInOneLanguage(RuleCatalog.partName(part, locale), locale);
      }
      for (RuleDescriptor rule : RuleCatalog.rules()) {
        MessageLanguage.assertInOneLanguage(rule.description(locale), locale);
      }
    }
  }

  @Test
  void theCheckCatchesAMixedMessage() {
    assertThat(MessageLanguage.foreignFragments("缺少“shortcomings and causes”部分",
        Locale.SIMPLIFIED_CHINESE)).contains("shortcomings and causes");
    assertThat(MessageLanguage.foreignFragments("The part 存在的不足 is missing", Locale.ENGLISH))
        .containsExactly("存在的不足");
    assertThat(MessageLanguage.foreignFragments("第 3 行：unknown field", Locale.CHINESE))
        .contains("unknown", "field");
    assertThat(MessageLanguage.foreignFragments("标题“{0}”没有序号", Locale.CHINESE)).isEmpty();
  }
}
