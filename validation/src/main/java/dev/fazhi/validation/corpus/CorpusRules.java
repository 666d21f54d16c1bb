package dev.fazhi.validation.corpus;

import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import java.util.List;

/**
 * The rules of the checks across a set of reports ({@code corpus.*}), in catalog order. They are not
 * per-report {@link dev.fazhi.validation.Rule}s: {@link CorpusCheck} runs them over a whole set. Their
 * texts ({@code <id>.description}, {@code .doc.*}, {@code .message*}) are in the built-in bundle,
 * {@code dev/fazhi/validation/Messages}, like every built-in rule's; {@link dev.fazhi.validation.RuleCatalog}
 * lists them after the per-report rules.
 */
public final class CorpusRules {

  /** corpus.report-missing. */
  public static final RuleDescriptor REPORT_MISSING =
      RuleDescriptor.of("corpus.report-missing", Severity.WARNING, RuleSource.REG);
  /** corpus.duplicate-report. */
  public static final RuleDescriptor DUPLICATE_REPORT =
      RuleDescriptor.of("corpus.duplicate-report", Severity.WARNING, RuleSource.EDIT);
  /** corpus.reused-text. */
  public static final RuleDescriptor REUSED_TEXT =
      RuleDescriptor.of("corpus.reused-text", Severity.WARNING, RuleSource.REG);
  /** corpus.year-on-year-mismatch. */
  public static final RuleDescriptor YEAR_ON_YEAR_MISMATCH =
      RuleDescriptor.of("corpus.year-on-year-mismatch", Severity.WARNING, RuleSource.ARITH);

  private static final List<RuleDescriptor> ALL =
      List.of(REPORT_MISSING, DUPLICATE_REPORT, REUSED_TEXT, YEAR_ON_YEAR_MISMATCH);

  private CorpusRules() {}

  /**
   * The corpus rules, in catalog order.
   *
   * @return an unmodifiable list
   */
  public static List<RuleDescriptor> descriptors() {
    return ALL;
  }
}
