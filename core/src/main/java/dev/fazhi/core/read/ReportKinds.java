package dev.fazhi.core.read;

import java.util.List;

/**
 * What tells an annual report on building a law-based government from other yearly reports: the words
 * of its title, and the titles of reports that are not one (a 政府信息公开工作年度报告 has its own
 * statutory format).
 */
final class ReportKinds {

  /** Words in a title that name a rule-of-law report. */
  static final List<String> RULE_OF_LAW_WORDS = List.of("法治", "依法行政", "依法治", "法制建设", "法制政府");

  /** Words in a title that name another kind of yearly report. */
  static final List<String> OTHER_REPORT_WORDS = List.of("信息公开", "政务公开工作年度报告");

  /** How many parts a text whose title says nothing must show to be taken for a report. */
  static final int MIN_PARTS_WITHOUT_TITLE = 2;

  private ReportKinds() {}

  /** Whether a title names another kind of report, such as a 政府信息公开工作年度报告. */
  static boolean namesOtherReport(String title) {
    return FigurePatterns.containsAny(title, OTHER_REPORT_WORDS)
        && !FigurePatterns.containsAny(title, RULE_OF_LAW_WORDS);
  }

  /** Whether a title names a rule-of-law report. */
  static boolean namesRuleOfLawReport(String title) {
    return FigurePatterns.containsAny(title, RULE_OF_LAW_WORDS);
  }
}
