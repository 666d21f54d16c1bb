package dev.fazhi.validation.rules.text;

import dev.fazhi.core.model.ReportResidue;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;

/**
 * text.unreadable: part of a PDF's text could not be turned into characters (glyphs of a font with no
 * Unicode map, pages that are images), so it was not checked. One finding for the report as a whole,
 * naming the pages and the share of glyphs lost (to one decimal, in per cent). A file none of whose text
 * can be read never becomes a report: the reader refuses it. From the report's {@link ReportResidue}.
 * Immutable and thread-safe.
 */
public final class UnreadableRule extends ResidueRule {


  /** Creates the rule. */
  public UnreadableRule() {
    super(RuleDescriptor.of("text.unreadable", Severity.WARNING, RuleSource.EDIT));
  }

  @Override
  void check(ReportResidue residue, FindingSink findings) {
    if (residue.getUnreadablePages().isEmpty()) {
      return;
    }
    String pages = residue.getUnreadablePages().stream().map(String::valueOf).collect(Collectors.joining(", "));
    String share = residue.getGlyphs() == 0 ? "?"
        : BigDecimal.valueOf(residue.getUnreadableGlyphs() * 100L)
            .divide(BigDecimal.valueOf(residue.getGlyphs()), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    findings.finding().argument("pages", pages).argument("share", share).add();
  }
}
