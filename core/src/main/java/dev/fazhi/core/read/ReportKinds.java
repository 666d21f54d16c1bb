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

  /**
   * Words of a title that name a plan, not a report on what was done: {@code 2024年法治政府建设工作要点}.
   */
  static final List<String> PLAN_WORDS = List.of("工作要点", "要点", "工作计划", "实施方案", "工作安排", "任务分工");

  /** Words of a title that issues a document: {@code 关于印发《…工作要点》的通知}. */
  static final List<String> ISSUING_WORDS = List.of("印发", "下达", "转发");

  /** Words that end a notice's title. */
  static final List<String> NOTICE_ENDINGS = List.of("通知", "通知》");

  /** How many parts a text whose title says nothing must show to be taken for a report. */
  static final int MIN_PARTS_WITHOUT_TITLE = 2;

  private ReportKinds() {}

  /** Whether a title names another kind of report, such as a 政府信息公开工作年度报告. */
  static boolean namesOtherReport(String title) {
    return FigurePatterns.containsAny(title, OTHER_REPORT_WORDS)
        && !FigurePatterns.containsAny(title, RULE_OF_LAW_WORDS);
  }

  /**
   * Whether a title names a plan or a notice issuing a document, not a report on the past year: it
   * holds a plan's words and no report's word ({@code 报告}, {@code 总结}), or it issues something by a
   * notice ({@code 印发 … 通知}).
   */
  static boolean namesPlan(String title) {
    boolean report = title.contains("报告") || title.contains("总结") || title.contains("情况");
    boolean notice = FigurePatterns.containsAny(title, ISSUING_WORDS)
        && (title.endsWith("通知") || title.endsWith("通知》"));
    return notice || (!report && FigurePatterns.containsAny(title, PLAN_WORDS));
  }

  /** Whether a title names a rule-of-law report. */
  static boolean namesRuleOfLawReport(String title) {
    return FigurePatterns.containsAny(title, RULE_OF_LAW_WORDS);
  }
}
