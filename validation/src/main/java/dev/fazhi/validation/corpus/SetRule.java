package dev.fazhi.validation.corpus;

import dev.fazhi.validation.RuleDescriptor;

/**
 * A check over a whole set of reports, beside the per-report rules: it sees what the set kept of each
 * report ({@link CorpusView}) and reports through a {@link FindingSink}. Implementations are stateless
 * and thread-safe.
 */
interface SetRule {

  /**
   * The rule this check implements.
   *
   * @return its catalog entry
   */
  RuleDescriptor descriptor();

  /**
   * Runs the check.
   *
   * @param view the set
   * @param sink where findings go
   */
  void check(CorpusView view, FindingSink sink);
}
