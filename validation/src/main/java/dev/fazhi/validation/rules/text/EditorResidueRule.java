package dev.fazhi.validation.rules.text;

import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/** text.editor-residue: word-processor or web-page residue left in the text ([bookmark: _GoBack], 当前位置). Fed by the shared scan of the text. */
public final class EditorResidueRule extends TextHitRule {

  /** Creates the rule. */
  public EditorResidueRule() {
    super(RuleDescriptor.of("text.editor-residue", Severity.INFO, RuleSource.EDIT), TextScanner.Kind.EDITOR_RESIDUE, "residue");
  }
}
