package dev.fazhi.validation.rules;

import static dev.fazhi.validation.internal.CatalogEntry.CAUSES_MISSING;
import static dev.fazhi.validation.internal.CatalogEntry.NO_FIGURES;

import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.internal.ReportIndex;
import dev.fazhi.validation.internal.Reporter;
import java.util.ArrayList;
import java.util.List;

/**
 * outline.causes-missing and outline.no-figures: what the shortcomings and the measures parts must say.
 * Both skip when the part has no section of its own: there is nothing to read.
 */
final class ContentRules implements RuleGroup {

  /**
   * Words that state a cause. Chosen on purpose, not fitted to a corpus: each says why a shortcoming
   * exists (原因, 由于, 主要是, 导致, 因为, 造成 …, and 受…影响 below). Words that only set a scene are left
   * out: 随着 (随着经济发展，案件日益复杂) describes a changed situation, not why the organ fell short,
   * and 因素 alone names something (不稳定因素) without saying it caused anything; 受多种因素影响 is
   * still a cause, through 受…影响.
   */
  private static final List<String> CAUSE_WORDS = List.of("原因", "由于", "主要是", "导致", "因为",
      "造成", "源于", "归因", "受制于", "缘于", "究其", "根源", "之所以", "所致", "主观上", "客观上");

  /** How far 影响 may stand after 受 in one clause: 受疫情影响, 受机构改革等多种因素影响. */
  private static final int AFFECTED_BY_REACH = 16;

  /** Measure words after which a number is a date, not a figure. */
  private static final String DATE_UNITS = "年月日号时";

  @Override
  public void check(Reporter reporter) {
    checkCauses(reporter);
    checkFigures(reporter);
  }

  private static void checkCauses(Reporter reporter) {
    List<Section> sections = topSectionsOf(reporter, Part.SHORTCOMINGS_AND_CAUSES);
    if (sections.isEmpty()) {
      return;
    }
    StringBuilder body = new StringBuilder();
    for (Section top : sections) {
      for (Section section : top.depthFirst()) {
        if (section != top) {
          body.append(section.getHeading().getText()).append('\n');
        }
        for (Paragraph paragraph : section.getParagraphs()) {
          body.append(paragraph.getText()).append('\n');
        }
      }
    }
    String text = body.toString();
    if (ReportIndex.strip(text).isEmpty()) {
      return;
    }
    for (String word : CAUSE_WORDS) {
      if (text.contains(word)) {
        return;
      }
    }
    if (affectedBy(text)) {
      return;
    }
    Section first = sections.get(0);
    reporter.draft(CAUSES_MISSING, null).section(first).part(Part.SHORTCOMINGS_AND_CAUSES)
        .argument("heading", ReportIndex.shorten(first.getHeading().fullText().strip())).add();
  }

  /**
   * Whether the text says 受…影响 within one clause: a cause, as in 受疫情影响. Linear: each 受 looks at
   * most {@link #AFFECTED_BY_REACH} characters ahead.
   */
  static boolean affectedBy(String text) {
    for (int at = text.indexOf('受'); at >= 0; at = text.indexOf('受', at + 1)) {
      int end = Math.min(text.length() - 1, at + 1 + AFFECTED_BY_REACH);
      for (int i = at + 1; i < end; i++) {
        char c = text.charAt(i);
        if (c == '，' || c == '。' || c == '；' || c == '\n' || c == ',' || c == ';') {
          break;
        }
        if (c == '影' && text.charAt(i + 1) == '响') {
          return true;
        }
      }
    }
    return false;
  }

  private static void checkFigures(Reporter reporter) {
    List<Section> sections = topSectionsOf(reporter, Part.MEASURES_AND_RESULTS);
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
    reporter.draft(NO_FIGURES, null).section(first).part(Part.MEASURES_AND_RESULTS)
        .argument("heading", ReportIndex.shorten(first.getHeading().fullText().strip())).add();
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
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && (isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
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

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /** The sections that carry a part themselves (their children belong to them). */
  private static List<Section> topSectionsOf(Reporter reporter, Part part) {
    List<Section> out = new ArrayList<>();
    for (ReportIndex.Entry entry : reporter.index().entries()) {
      if (entry.section().getPart().filter(part::equals).isPresent()
          && (entry.parent() == null || entry.parent().part() != part)) {
        out.add(entry.section());
      }
    }
    return out;
  }
}
