package dev.fazhi.validation.rules.text;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;

/**
 * A text rule fed by the shared scan ({@link TextHits}): reports each hit of its kind, with the text
 * that was hit as the message argument and the actual value. Immutable and thread-safe.
 */
abstract class TextHitRule implements Rule {

  private final RuleDescriptor descriptor;
  private final TextScanner.Kind kind;
  private final String argument;

  /**
   * Creates the rule.
   *
   * @param descriptor what the rule is
   * @param kind the hits it reports
   * @param argument the name of the message argument the hit's text is given as
   */
  TextHitRule(RuleDescriptor descriptor, TextScanner.Kind kind, String argument) {
    this.descriptor = descriptor;
    this.kind = kind;
    this.argument = argument;
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public final void check(Report report, FindingSink findings) {
    for (TextHits.Placed placed : TextHits.of(findings).of(kind)) {
      String text = placed.hit().argument();
      FindingSink.Draft draft = findings.finding().argument(argument, text).actual(text);
      if (placed.location() == null && placed.offset() >= 0) {
        draft.at(placed.offset());
      } else {
        draft.location(placed.location()).headingPath(placed.headingPath()).part(placed.part());
      }
      draft.quote(placed.quote()).add();
    }
  }
}
