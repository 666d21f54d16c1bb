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

  /** Words that give a cause. */
  private static final List<String> CAUSE_WORDS = List.of("原因", "由于", "主要是", "导致", "因为",
      "造成", "源于", "归因", "受制于", "缘于", "究其", "根源", "之所以", "因素", "所致", "随着",
      "主观上", "客观上");

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
    Section first = sections.get(0);
    reporter.draft(CAUSES_MISSING, null).section(first).part(Part.SHORTCOMINGS_AND_CAUSES)
        .argument("heading", ReportIndex.shorten(first.getHeading().fullText().strip())).add();
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
