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
}
