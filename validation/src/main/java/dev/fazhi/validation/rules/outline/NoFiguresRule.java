package dev.fazhi.validation.rules.outline;

import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.internal.Digits;
import dev.fazhi.validation.internal.ReportIndex;
import java.util.List;

/**
 * outline.no-figures: the measures part states no figure at all (no count, amount or rate, and no
 * number that is not part of a date). Skips when the part has no section of its own. Immutable and
 * thread-safe.
 */
public final class NoFiguresRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("outline.no-figures", Severity.WARNING, RuleSource.REG);

  /** Measure words after which a number is a date, not a figure. */
  private static final String DATE_UNITS = "年月日号时";

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    List<Section> sections = findings.shared(ReportIndex.class, ReportIndex::of)
        .topSectionsOf(Part.MEASURES_AND_RESULTS);
    if (sections.isEmpty()) {
      return;
    }
    for (Section top : sections) {
      for (Section section : top.depthFirst()) {
        if (!section.figures().isEmpty()) {
          return;
        }
        for (Paragraph paragraph : section.getParagraphs()) {
          if (statesNumber(paragraph.getText())) {
            return;
          }
        }
      }
    }
    Section first = sections.get(0);
    findings.finding().section(first).part(Part.MEASURES_AND_RESULTS)
        .argument("heading", ReportIndex.heading(first)).add();
  }

  /**
   * Whether a text states a number that is not part of a date: a run of digits followed by something
   * other than 年, 月, 日, 号 or 时. Counts text the reader extracted no figure from, so that a report
   * read without figures is not reported as having none.
   */
  static boolean statesNumber(String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Digits.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && (Digits.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
        end++;
      }
      char next = end < n ? text.charAt(end) : ' ';
      if (DATE_UNITS.indexOf(next) < 0 && next != '-' && next != '—' && next != '－') {
        return true;
      }
      i = end;
    }
    return false;
  }
}
