package dev.fazhi.validation;

import dev.fazhi.core.model.Part;
import dev.fazhi.validation.internal.CatalogEntry;
import dev.fazhi.validation.internal.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in rules, in the order of the catalog (outline, meta, metric, text). The ids and default
 * severities are a public contract, listed in {@code docs/rules.md}.
 */
public final class RuleCatalog {

  private static final List<RuleDescriptor> RULES;
  private static final Map<String, RuleDescriptor> BY_ID;

  static {
    List<RuleDescriptor> rules = new ArrayList<>(List.of(CatalogEntry.values()));
    Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
    for (RuleDescriptor rule : rules) {
      byId.put(rule.getId(), rule);
    }
    RULES = List.copyOf(rules);
    BY_ID = Collections.unmodifiableMap(byId);
  }

  private RuleCatalog() {}

  /**
   * The built-in rules, in catalog order.
   *
   * @return an unmodifiable list
   */
  public static List<RuleDescriptor> rules() {
    return RULES;
  }

  /**
   * Finds a built-in rule by id.
   *
   * @param id the rule id
   * @return the rule, or empty when no built-in rule has that id
   */
  public static Optional<RuleDescriptor> find(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /**
   * The ids of the built-in rules, in catalog order.
   *
   * @return an unmodifiable list
   */
  public static List<String> ids() {
    return List.copyOf(BY_ID.keySet());
  }

  /**
   * The name of one of the five parts of a report, as the findings name it: the wording of the
   * statutory outline in Chinese ({@code 推进法治政府建设的主要举措和成效}), a short English
   * rendering otherwise ({@code measures and results}). This is the one source of part names for
   * messages and for tools that list a report's parts.
   *
   * @param part the part
   * @param locale the language: Chinese for a Chinese locale, English otherwise (never the JVM's
   *     default locale)
   * @return the name
   */
  public static String partName(Part part, Locale locale) {
    return Names.part(Objects.requireNonNull(part, "part"), Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Whether a rule id is selected by a rule id or family, the one meaning every part of the library
   * gives them: {@code metric.breakdown-sum} selects that rule only; {@code metric.*} and {@code metric}
   * (no dot) select the family, every id starting with {@code metric.}; any other selector ending in
   * {@code *}, such as {@code outline.numbering-*}, selects the ids that start with what precedes the
   * {@code *}.
   *
   * @param ruleIdOrFamily the selector: a rule id or a family
   * @param ruleId the id of a rule, built-in or not
   * @return true when the selector selects the rule
   */
  public static boolean matches(String ruleIdOrFamily, String ruleId) {
    Objects.requireNonNull(ruleIdOrFamily, "ruleIdOrFamily");
    Objects.requireNonNull(ruleId, "ruleId");
    if (ruleIdOrFamily.endsWith("*")) {
      return ruleId.startsWith(ruleIdOrFamily.substring(0, ruleIdOrFamily.length() - 1));
    }
    if (!ruleIdOrFamily.contains(".")) {
      return ruleId.startsWith(ruleIdOrFamily + ".");
    }
    return ruleId.equals(ruleIdOrFamily);
  }

  /**
   * Whether a selector names a family of rules rather than one rule, in the sense of
   * {@link #matches(String, String)}.
   *
   * @param ruleIdOrFamily the selector
   * @return true for {@code metric}, {@code metric.*} or {@code outline.numbering-*}; false for a rule id
   */
  public static boolean isFamily(String ruleIdOrFamily) {
    Objects.requireNonNull(ruleIdOrFamily, "ruleIdOrFamily");
    return ruleIdOrFamily.endsWith("*") || !ruleIdOrFamily.contains(".");
  }
}
