package dev.fazhi.validation.rules;

import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleSet;
import dev.fazhi.validation.rules.meta.DateBeforePeriodEndRule;
import dev.fazhi.validation.rules.meta.DateMissingRule;
import dev.fazhi.validation.rules.meta.IssuerMissingRule;
import dev.fazhi.validation.rules.meta.PublicationLateRule;
import dev.fazhi.validation.rules.meta.PublishedBeforeSignedRule;
import dev.fazhi.validation.rules.meta.TitleNonstandardRule;
import dev.fazhi.validation.rules.meta.YearMismatchRule;
import dev.fazhi.validation.rules.meta.YearMissingRule;
import dev.fazhi.validation.rules.metric.BreakdownSumRule;
import dev.fazhi.validation.rules.metric.CompletedExceedsAssignedRule;
import dev.fazhi.validation.rules.metric.ConflictingValuesRule;
import dev.fazhi.validation.rules.metric.NegativeValueRule;
import dev.fazhi.validation.rules.metric.RateMismatchRule;
import dev.fazhi.validation.rules.metric.RateOutOfRangeRule;
import dev.fazhi.validation.rules.metric.SubsetExceedsTotalRule;
import dev.fazhi.validation.rules.outline.CausesMissingRule;
import dev.fazhi.validation.rules.outline.NoFiguresRule;
import dev.fazhi.validation.rules.outline.NumberingDuplicateRule;
import dev.fazhi.validation.rules.outline.NumberingGapRule;
import dev.fazhi.validation.rules.outline.NumberingMissingRule;
import dev.fazhi.validation.rules.outline.NumberingStyleRule;
import dev.fazhi.validation.rules.outline.PartEmbeddedRule;
import dev.fazhi.validation.rules.outline.PartEmptyRule;
import dev.fazhi.validation.rules.outline.PartMissingRule;
import dev.fazhi.validation.rules.outline.PartOrderRule;
import dev.fazhi.validation.rules.text.DoubledPunctuationRule;
import dev.fazhi.validation.rules.text.EditorResidueRule;
import dev.fazhi.validation.rules.text.LetterInNumberRule;
import dev.fazhi.validation.rules.text.RepeatedPhraseRule;
import java.util.List;

/**
 * The built-in rules in catalog order (outline, meta, metric, text): the one list a new built-in rule
 * is added to. {@code docs/rules.md} and {@code fazhi rules} follow this order. Found by
 * {@link dev.fazhi.validation.RuleCatalog} as a {@link RuleSet} service. Immutable and thread-safe.
 */
public final class BuiltInRules implements RuleSet {

  private static final List<Rule> RULES = List.of(
      new PartMissingRule(),
      new PartEmbeddedRule(),
      new PartOrderRule(),
      new PartEmptyRule(),
      new CausesMissingRule(),
      new NoFiguresRule(),
      new NumberingDuplicateRule(),
      new NumberingGapRule(),
      new NumberingMissingRule(),
      new NumberingStyleRule(),
      new IssuerMissingRule(),
      new YearMissingRule(),
      new YearMismatchRule(),
      new DateMissingRule(),
      new DateBeforePeriodEndRule(),
      new PublicationLateRule(),
      new PublishedBeforeSignedRule(),
      new TitleNonstandardRule(),
      new CompletedExceedsAssignedRule(),
      new RateMismatchRule(),
      new RateOutOfRangeRule(),
      new BreakdownSumRule(),
      new SubsetExceedsTotalRule(),
      new NegativeValueRule(),
      new ConflictingValuesRule(),
      new DoubledPunctuationRule(),
      new LetterInNumberRule(),
      new RepeatedPhraseRule(),
      new EditorResidueRule());

  /** Creates the set; the service loader calls this. */
  public BuiltInRules() {}

  @Override
  public List<Rule> rules() {
    return RULES;
  }
}
