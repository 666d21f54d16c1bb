package dev.fazhi.validation.rules;

import dev.fazhi.validation.internal.Reporter;

/**
 * Built-in report-level rules that share their inputs, checked together. Implementations are stateless
 * and thread-safe.
 */
public interface RuleGroup {

  /**
   * Checks the reporter's report and reports findings through it.
   *
   * @param reporter the report, its index and where findings go
   */
  void check(Reporter reporter);
}
