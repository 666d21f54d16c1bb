package dev.fazhi.validation.internal;

import dev.fazhi.validation.ReportRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The user rules listed under {@code META-INF/services/dev.fazhi.validation.ReportRule}, loaded once. */
final class ServiceRules {

  private ServiceRules() {}

  private static final class Holder {
    static final List<ReportRule> RULES = load();
  }

  static List<ReportRule> rules() {
    return Holder.RULES;
  }

  private static List<ReportRule> load() {
    List<ReportRule> rules = new ArrayList<>();
    ServiceLoader.load(ReportRule.class, ServiceRules.class.getClassLoader()).forEach(rules::add);
    rules.sort(Comparator.comparing(ReportRule::getId));
    return List.copyOf(rules);
  }
}
