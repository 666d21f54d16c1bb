package dev.fazhi.validation.rules.text;

import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/** text.repeated-phrase: a phrase of two to eight Han characters repeated back to back (执法执法). Fed by the shared scan of the text. */
public final class RepeatedPhraseRule extends TextHitRule {

  /** Creates the rule. */
  public RepeatedPhraseRule() {
    super(RuleDescriptor.of("text.repeated-phrase", Severity.INFO, RuleSource.EDIT), TextScanner.Kind.REPEATED_PHRASE, "phrase");
  }
}
