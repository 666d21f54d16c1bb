package dev.fazhi.validation;

import java.util.List;

/**
 * Rules shipped together, found through {@link java.util.ServiceLoader}: the built-in catalog is one
 * ({@code dev.fazhi.validation.rules.BuiltInRules}, the built-in rules in catalog order, found by
 * their ids in the built-in message bundle), and a library of rules may provide another under
 * {@code META-INF/services/dev.fazhi.validation.RuleSet}. The built-in set runs first, then the others
 * by class name. Implementations have a public no-argument constructor and are thread-safe.
 */
public interface RuleSet {

  /**
   * The rules, in the order they are listed and documented.
   *
   * @return an unmodifiable list
   */
  List<Rule> rules();
}
