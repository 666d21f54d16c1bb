package dev.fazhi.validation.rules.text;

import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/** text.letter-in-number: a Latin letter I, l, O or o inside a number (〔20I9〕). Fed by the shared scan of the text. */
public final class LetterInNumberRule extends TextHitRule {

  /** Creates the rule. */
  public LetterInNumberRule() {
    super(RuleDescriptor.of("text.letter-in-number", Severity.WARNING, RuleSource.EDIT), TextScanner.Kind.LETTER_IN_NUMBER, "number");
  }
}
