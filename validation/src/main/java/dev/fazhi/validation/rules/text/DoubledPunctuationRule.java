package dev.fazhi.validation.rules.text;

import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/** text.doubled-punctuation: the same punctuation mark twice in a row (、、, ，，). Fed by the shared scan of the text. */
public final class DoubledPunctuationRule extends TextHitRule {

  /** Creates the rule. */
  public DoubledPunctuationRule() {
    super(RuleDescriptor.of("text.doubled-punctuation", Severity.INFO, RuleSource.EDIT), TextScanner.Kind.DOUBLED_PUNCTUATION, "mark");
  }
}
