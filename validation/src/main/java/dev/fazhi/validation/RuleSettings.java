package dev.fazhi.validation;

import dev.fazhi.core.Language;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The settings of one validator: deadline, message locale, the rules it runs (built-in, then listed
 * under {@code META-INF/services}, then added on the builder) with their severities after overrides.
 * Every rule id it is given is checked when it is made. Immutable and thread-safe.
 */
final class RuleSettings {

  /**
   * A rule that runs, with the severity it reports with, its bundle in the validator's language and
   * its messages from that bundle.
   */
  record Enabled(Rule rule, RuleDescriptor descriptor, Severity severity, MessageBundle bundle,
      RuleMessages messages) {

    Enabled(Rule rule, RuleDescriptor descriptor, Severity severity, MessageBundle bundle) {
      this(rule, descriptor, severity, bundle, new RuleMessages(descriptor, bundle));
    }
  }

  private final MonthDay deadline;
  private final Locale locale;
  private final Map<String, RuleDescriptor> known;
  private final Map<String, Severity> severities;
  private final List<Enabled> enabled;

  private RuleSettings(MonthDay deadline, Locale locale, Map<String, RuleDescriptor> known,
      Map<String, Severity> severities, List<Enabled> enabled) {
    this.deadline = deadline;
    this.locale = locale;
    this.known = known;
    this.severities = severities;
    this.enabled = enabled;
  }

  /**
   * Makes the settings, checking every rule id they name.
   *
   * @param deadline the publication deadline
   * @param locale the message locale: Chinese for {@code zh}, English for any other
   * @param disabled ids of rules switched off
   * @param severities severity overrides by rule id
   * @param addedRules rules added on the builder
   * @return the settings
   * @throws IllegalArgumentException for an unknown rule id or two rules with one id
   */
  static RuleSettings of(MonthDay deadline, Locale locale, Collection<String> disabled,
      Map<String, Severity> severities, List<Rule> addedRules) {
    List<Rule> rules = new ArrayList<>(RuleCatalog.builtIn());
    rules.addAll(RuleCatalog.listedAsServices());
    rules.addAll(addedRules);
    Map<String, RuleDescriptor> known = new LinkedHashMap<>();
    for (Rule rule : rules) {
      RuleDescriptor descriptor = Objects.requireNonNull(rule.descriptor(), "rule descriptor");
      String id = descriptor.getId();
      if (known.putIfAbsent(id, descriptor) != null) {
        throw new IllegalArgumentException("two rules have the id '" + id + "'");
      }
    }
    for (String id : disabled) {
      requireKnown(id, known, "disable()");
    }
    for (String id : severities.keySet()) {
      requireKnown(id, known, "severity()");
    }
    Set<String> off = Set.copyOf(disabled);
    Locale messages = Language.supported(locale);
    List<Enabled> enabled = new ArrayList<>();
    for (Rule rule : rules) {
      RuleDescriptor descriptor = rule.descriptor();
      if (!off.contains(descriptor.getId())) {
        enabled.add(new Enabled(rule, descriptor,
            severities.getOrDefault(descriptor.getId(), descriptor.getDefaultSeverity()),
            MessageBundle.of(descriptor.getMessageBundle(), messages, rule.getClass())));
      }
    }
    return new RuleSettings(deadline, messages, known, Map.copyOf(severities), List.copyOf(enabled));
  }

  private static void requireKnown(String id, Map<String, RuleDescriptor> known, String where) {
    if (!known.containsKey(id)) {
      throw new IllegalArgumentException("unknown rule id '" + id + "' in " + where
          + "; known rule ids: " + String.join(", ", known.keySet()));
    }
  }

  MonthDay getDeadline() {
    return deadline;
  }

  Locale getLocale() {
    return locale;
  }

  /** The rules that run, in order: built-in in catalog order, then the user's. */
  List<Enabled> enabled() {
    return enabled;
  }

  /** The descriptors of the rules that run. */
  List<RuleDescriptor> enabledDescriptors() {
    List<RuleDescriptor> out = new ArrayList<>(enabled.size());
    for (Enabled rule : enabled) {
      out.add(rule.descriptor());
    }
    return List.copyOf(out);
  }

  /**
   * The severity of a rule after overrides.
   *
   * @throws IllegalArgumentException when the rule is unknown
   */
  Severity severityOf(String ruleId) {
    requireKnown(ruleId, known, "severityOf()");
    return severities.getOrDefault(ruleId, known.get(ruleId).getDefaultSeverity());
  }
}
