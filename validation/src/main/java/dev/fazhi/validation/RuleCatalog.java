package dev.fazhi.validation;

import dev.fazhi.core.model.Part;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The built-in rules, in the order of the catalog (outline, meta, metric, text). The ids and default
 * severities are a public contract; {@code docs/rules.md} and {@code fazhi rules} are generated from
 * this list. The rules are found once, on first use, through {@link RuleSet} services.
 */
public final class RuleCatalog {

  /** The package of the built-in rules; its rule set runs first. */
  private static final String BUILT_IN_PACKAGE = "dev.fazhi.validation.rules.";

  private RuleCatalog() {}

  private static final class Loaded {
    static final List<Rule> BUILT_IN;
    static final List<Rule> SERVICES;
    static final List<RuleDescriptor> DESCRIPTORS;
    static final Map<String, RuleDescriptor> BY_ID;

    static {
      List<RuleSet> sets = new ArrayList<>();
      ServiceLoader.load(RuleSet.class, RuleCatalog.class.getClassLoader()).forEach(sets::add);
      sets.sort(Comparator.comparing((RuleSet s) -> !s.getClass().getName().startsWith(BUILT_IN_PACKAGE))
          .thenComparing(s -> s.getClass().getName()));
      List<Rule> builtIn = new ArrayList<>();
      List<Rule> services = new ArrayList<>();
      for (RuleSet set : sets) {
        (set.getClass().getName().startsWith(BUILT_IN_PACKAGE) ? builtIn : services)
            .addAll(set.rules());
      }
      List<Rule> single = new ArrayList<>();
      ServiceLoader.load(Rule.class, RuleCatalog.class.getClassLoader()).forEach(single::add);
      single.sort(Comparator.comparing(r -> r.descriptor().getId()));
      services.addAll(single);
      BUILT_IN = List.copyOf(builtIn);
      SERVICES = List.copyOf(services);
      Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
      List<RuleDescriptor> descriptors = new ArrayList<>();
      for (Rule rule : BUILT_IN) {
        descriptors.add(rule.descriptor());
        byId.put(rule.descriptor().getId(), rule.descriptor());
      }
      DESCRIPTORS = List.copyOf(descriptors);
      BY_ID = Collections.unmodifiableMap(byId);
    }
  }

  /** The built-in rules, in catalog order. */
  static List<Rule> builtIn() {
    return Loaded.BUILT_IN;
  }

  /** The rules of the user's own listed as services: rule sets, then single rules by id. */
  static List<Rule> listedAsServices() {
    return Loaded.SERVICES;
  }

  /**
   * The built-in rules, in catalog order.
   *
   * @return an unmodifiable list
   */
  public static List<RuleDescriptor> rules() {
    return Loaded.DESCRIPTORS;
  }

  /**
   * Finds a built-in rule by id.
   *
   * @param id the rule id
   * @return the rule, or empty when no built-in rule has that id
   */
  public static Optional<RuleDescriptor> find(String id) {
    return Optional.ofNullable(Loaded.BY_ID.get(id));
  }

  /**
   * The ids of the built-in rules, in catalog order.
   *
   * @return an unmodifiable list
   */
  public static List<String> ids() {
    return List.copyOf(Loaded.BY_ID.keySet());
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
    Objects.requireNonNull(part, "part");
    return builtInText("part." + part.name(), Objects.requireNonNull(locale, "locale"));
  }

  /** A text of the built-in bundle other than a rule's: a part's name, a rate bound's words. */
  static String builtInText(String key, Locale locale) {
    return MessageBundle.of(RuleDescriptor.BUILT_IN_MESSAGES, locale,
        RuleCatalog.class).text(key).orElseThrow();
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
