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
import dev.fazhi.validation.internal.ReportIndex;
import java.util.List;

/**
 * outline.causes-missing: the shortcomings part lists problems but gives no causes (no 原因, 由于,
 * 主要是, 导致 …, no 受…影响). Skips when the part has no section of its own or nothing is written in it.
 * Immutable and thread-safe.
 */
public final class CausesMissingRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("outline.causes-missing", Severity.WARNING, RuleSource.REG);

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

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    List<Section> sections = findings.shared(ReportIndex.class, ReportIndex::of)
        .topSectionsOf(Part.SHORTCOMINGS_AND_CAUSES);
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
    findings.finding().section(first).part(Part.SHORTCOMINGS_AND_CAUSES)
        .argument("heading", ReportIndex.heading(first)).add();
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
}
