package dev.fazhi.validation.rules.meta;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.internal.ReportIndex;

/**
 * meta.title-nonstandard: the title does not name the report as a 法治政府建设 … 报告 of a year (blanks
 * of every kind ignored, so a title broken across lines reads whole). Immutable and thread-safe.
 */
public final class TitleNonstandardRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("meta.title-nonstandard", Severity.INFO, RuleSource.REG);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    String title = report.getTitle();
    String compact = compact(title);
    boolean names = compact.contains("法治政府建设") && compact.contains("报告")
        && !Years.in(compact).isEmpty();
    if (!names) {
      findings.finding().quote(ReportIndex.shorten(ReportIndex.strip(title)))
          .argument("title", title).add();
    }
  }

  /** The text without blanks of any kind, so that a title broken across lines still reads whole. */
  private static String compact(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
