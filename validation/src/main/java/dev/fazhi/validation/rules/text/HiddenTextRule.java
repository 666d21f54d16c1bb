package dev.fazhi.validation.rules.text;

import dev.fazhi.core.model.ReportResidue;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/**
 * text.hidden-text: the file holds hidden text (Word's {@code w:vanish}), which a printed copy does not
 * show and anyone who turns on formatting marks does. It is not part of the text checked. One finding
 * for the report as a whole, quoting the first run. From the report's {@link ReportResidue}. Immutable
 * and thread-safe.
 */
public final class HiddenTextRule extends ResidueRule {


  /** Creates the rule. */
  public HiddenTextRule() {
    super(RuleDescriptor.of("text.hidden-text", Severity.INFO, RuleSource.EDIT));
  }

  @Override
  void check(ReportResidue residue, FindingSink findings) {
    if (residue.getHiddenTexts() == 0) {
      return;
    }
    String first = residue.getFirstHiddenText().map(TextQuotes::shorten).orElse("");
    findings.finding().argument("count", residue.getHiddenTexts()).argument("first", first).quote(first).add();
  }
}
