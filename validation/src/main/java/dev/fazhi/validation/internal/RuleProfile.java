package dev.fazhi.validation.internal;

import dev.fazhi.validation.ReportRule;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.Severity;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The settings of one validator: deadline, locale, rules switched off, severity overrides and the rules
 * of the user's own. It travels to the constraint validators as Hibernate Validator's constraint
 * validator payload; a plain Jakarta {@code Validator} has none, and the validators then use
 * {@link #defaults()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleProfile {

  private static final class DefaultHolder {
    static final RuleProfile DEFAULTS = of(MonthDay.of(4, 1), Locale.SIMPLIFIED_CHINESE, Set.of(),
        Map.of(), List.of());
  }

  private final MonthDay deadline;
  private final Locale locale;
  private final Map<String, RuleDescriptor> descriptors;
  private final Set<String> disabled;
  private final Map<String, Severity> severities;
  private final List<ReportRule> userRules;
  private final EnumMap<CatalogEntry, Severity> builtInSeverities = new EnumMap<>(CatalogEntry.class);

  private RuleProfile(MonthDay deadline, Locale locale, Map<String, RuleDescriptor> descriptors,
      Set<String> disabled, Map<String, Severity> severities, List<ReportRule> userRules) {
    this.deadline = deadline;
    this.locale = locale;
    this.descriptors = descriptors;
    this.disabled = disabled;
    this.severities = severities;
    this.userRules = userRules;
    for (CatalogEntry entry : CatalogEntry.values()) {
      builtInSeverities.put(entry, severities.getOrDefault(entry.getId(), entry.getDefaultSeverity()));
    }
  }

  /**
   * The profile of a plain Jakarta {@code Validator}: every rule on at its default severity, the 1
   * April deadline, Chinese messages, and the rules listed under {@code META-INF/services}.
   *
   * @return the default profile
   */
  public static RuleProfile defaults() {
    return DefaultHolder.DEFAULTS;
  }

  /**
   * Obtains a profile, checking every rule id it names.
   *
   * @param deadline the publication deadline
   * @param locale the message locale: Chinese for {@code zh}, English for any other
   * @param disabled ids of rules switched off
   * @param severities severity overrides by rule id
   * @param addedRules rules added on the builder
   * @return the profile
   * @throws IllegalArgumentException for an unknown rule id or two rules with one id
   */
  public static RuleProfile of(MonthDay deadline, Locale locale, Collection<String> disabled,
      Map<String, Severity> severities, List<ReportRule> addedRules) {
    Map<String, RuleDescriptor> descriptors = new LinkedHashMap<>();
    for (RuleDescriptor rule : RuleCatalog.rules()) {
      descriptors.put(rule.getId(), rule);
    }
    List<ReportRule> userRules = new ArrayList<>(ServiceRules.rules());
    userRules.addAll(addedRules);
    for (ReportRule rule : userRules) {
      String id = Objects.requireNonNull(rule.getId(), "rule id");
      if (descriptors.putIfAbsent(id, rule) != null) {
        throw new IllegalArgumentException("two rules have the id '" + id + "'");
      }
      Objects.requireNonNull(rule.getDefaultSeverity(), () -> "default severity of rule " + id);
    }
    for (String id : disabled) {
      requireKnown(id, descriptors, "disable()");
    }
    for (String id : severities.keySet()) {
      requireKnown(id, descriptors, "severity()");
    }
    Locale messages = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    return new RuleProfile(deadline, messages, Collections.unmodifiableMap(descriptors),
        Set.copyOf(disabled), Map.copyOf(severities), List.copyOf(userRules));
  }

  private static void requireKnown(String id, Map<String, RuleDescriptor> descriptors, String where) {
    if (!descriptors.containsKey(id)) {
      throw new IllegalArgumentException("unknown rule id '" + id + "' in " + where
          + "; known rule ids: " + String.join(", ", descriptors.keySet()));
    }
  }

  /**
   * The publication deadline.
   *
   * @return the deadline
   */
  public MonthDay getDeadline() {
    return deadline;
  }

  /**
   * The message locale.
   *
   * @return the locale
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Whether a rule runs.
   *
   * @param ruleId the rule id
   * @return false when switched off
   */
  public boolean isEnabled(String ruleId) {
    return !disabled.contains(ruleId);
  }

  /**
   * The severity of a built-in rule after overrides.
   *
   * @param entry the rule
   * @return the severity
   */
  public Severity severityOf(CatalogEntry entry) {
    return builtInSeverities.get(entry);
  }

  /**
   * The severity of any rule after overrides.
   *
   * @param rule the rule
   * @return the severity
   */
  public Severity severityOf(RuleDescriptor rule) {
    return severities.getOrDefault(rule.getId(), rule.getDefaultSeverity());
  }

  /**
   * Finds a rule this profile knows.
   *
   * @param ruleId the id
   * @return the rule
   * @throws IllegalArgumentException when unknown
   */
  public RuleDescriptor descriptor(String ruleId) {
    requireKnown(ruleId, descriptors, "severityOf()");
    return descriptors.get(ruleId);
  }

  /**
   * The rules of the user's own: those listed under {@code META-INF/services}, then those added on the
   * builder.
   *
   * @return the rules
   */
  public List<ReportRule> userRules() {
    return userRules;
  }

  /**
   * The enabled rules: built-in ones in catalog order, then the user's.
   *
   * @return an unmodifiable list
   */
  public List<RuleDescriptor> enabledRules() {
    List<RuleDescriptor> out = new ArrayList<>();
    for (RuleDescriptor rule : descriptors.values()) {
      if (isEnabled(rule.getId())) {
        out.add(rule);
      }
    }
    return List.copyOf(out);
  }
}
