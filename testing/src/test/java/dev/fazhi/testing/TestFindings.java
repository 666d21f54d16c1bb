package dev.fazhi.testing;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ImmutableFinding;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.ValidationResult;
import java.math.BigDecimal;
import java.util.List;

/**
 * Findings built by hand, shaped like those the validator reports on the web-copy sample, so the
 * assertions can be tested whatever the validator implements so far.
 */
final class TestFindings {

  static final String MEASURES = "一、2023年法治政府建设主要举措和成效";

  static final Finding PART_MISSING = TestFindings.builder("outline.part-missing", Severity.ERROR)
      .part(Part.SHORTCOMINGS_AND_CAUSES)
      .message("缺少“存在的不足和原因”部分").build();

  static final Finding RESIDUE = TestFindings.builder("text.editor-residue", Severity.INFO)
      .location(SourceLocation.of(1, 1, 0))
      .quote("当前位置：首页 > 政务公开 > 法治政府建设")
      .message("网页残留：当前位置").build();

  static final Finding LATE = TestFindings.builder("meta.publication-late", Severity.WARNING)
      .location(SourceLocation.of(4, 6, 61))
      .quote("2024-05-08")
      .expected("2024-04-01").actual("2024-05-08")
      .message("发布日期2024-05-08晚于2024年4月1日").build();

  static final Finding NUMBERING_STYLE = TestFindings.builder("outline.numbering-style", Severity.INFO)
      .location(SourceLocation.of(13, 3, 402))
      .section(MEASURES + " / （二）深化市场监管执法")
      .quote("1、深化“双随机、一公开”监管")
      .expected("1.").actual("1、")
      .message("标题序号“1、”应为“1.”").build();

  static final Finding BREAKDOWN = TestFindings.builder("metric.breakdown-sum", Severity.ERROR)
      .location(SourceLocation.of(16, 3, 530))
      .section(MEASURES + " / （二）深化市场监管执法")
      .quote("共办理行政处罚案件215件")
      .expected("215").actual("207")
      .imbalance(new BigDecimal("8"))
      .message("分项之和207与合计215不符").build();

  static final Finding REPEATED = TestFindings.builder("text.repeated-phrase", Severity.INFO)
      .location(SourceLocation.of(16, 41, 568))
      .section(MEASURES + " / （二）深化市场监管执法")
      .quote("执法执法")
      .message("词语重复：执法执法").build();

  /** All six, deliberately out of order. */
  static final List<Finding> ALL = List.of(REPEATED, BREAKDOWN, NUMBERING_STYLE, LATE, RESIDUE, PART_MISSING);

  private TestFindings() {}

  /** A finding's builder with its rule, severity and message key (the rule id) set. */
  static ImmutableFinding.Builder builder(String rule, Severity severity) {
    return ImmutableFinding.builder().rule(rule).severity(severity).messageKey(rule);
  }

  /** A result holding all six findings. */
  static ValidationResult webCopyLike() {
    return ValidationResult.of(ALL);
  }

  /** A result holding these findings. */
  static ValidationResult of(Finding... findings) {
    return ValidationResult.of(List.of(findings));
  }
}
