package dev.fazhi.validation;

import dev.fazhi.validation.internal.CatalogEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
}
