package dev.fazhi.validation;

import java.util.Locale;

/**
 * What the catalog says about a rule: its id, default severity, where it comes from and what it checks.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface RuleDescriptor {

  /**
   * The rule id, a public contract that never changes meaning once released.
   *
   * @return the id, such as {@code outline.part-missing}
   */
  String getId();

  /**
   * The severity the rule reports with unless overridden.
   *
   * @return the default severity
   */
  Severity getDefaultSeverity();

  /**
   * Where the rule comes from.
   *
   * @return the source
   */
  RuleSource getSource();

  /**
   * What the rule checks, in a language: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the locale
   * @return the description
   */
  String description(Locale locale);

  /**
   * The family of the rule: the part of the id before the first dot.
   *
   * @return the family, such as {@code outline}
   */
  default String getFamily() {
    int dot = getId().indexOf('.');
    return dot < 0 ? getId() : getId().substring(0, dot);
  }
}
