package dev.fazhi.testing;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.FindingPayload;
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

  static final Finding PART_MISSING = FindingPayload.builder("outline.part-missing", Severity.ERROR)
      .part(Part.SHORTCOMINGS_AND_CAUSES)
      .build().toFinding("缺少“存在的不足和原因”部分");

  static final Finding RESIDUE = FindingPayload.builder("text.editor-residue", Severity.INFO)
      .location(SourceLocation.of(1, 1, 0))
      .quote("当前位置：首页 > 政务公开 > 法治政府建设")
      .build().toFinding("网页残留：当前位置");

  static final Finding LATE = FindingPayload.builder("meta.publication-late", Severity.WARNING)
      .location(SourceLocation.of(4, 6, 61))
      .quote("2024-05-08")
      .expected("2024-04-01").actual("2024-05-08")
      .build().toFinding("发布日期2024-05-08晚于2024年4月1日");

  static final Finding NUMBERING_STYLE = FindingPayload.builder("outline.numbering-style", Severity.INFO)
      .location(SourceLocation.of(13, 3, 402))
      .section(MEASURES + " / （二）深化市场监管执法")
      .quote("1、深化“双随机、一公开”监管")
      .expected("1.").actual("1、")
      .build().toFinding("标题序号“1、”应为“1.”");

  static final Finding BREAKDOWN = FindingPayload.builder("metric.breakdown-sum", Severity.ERROR)
      .location(SourceLocation.of(16, 3, 530))
      .section(MEASURES + " / （二）深化市场监管执法")
      .quote("共办理行政处罚案件215件")
      .expected("215").actual("207")
      .imbalance(new BigDecimal("8"))
      .build().toFinding("分项之和207与合计215不符");

  static final Finding REPEATED = FindingPayload.builder("text.repeated-phrase", Severity.INFO)
      .location(SourceLocation.of(16, 41, 568))
      .section(MEASURES + " / （二）深化市场监管执法")
      .quote("执法执法")
      .build().toFinding("词语重复：执法执法");

  /** All six, deliberately out of order. */
  static final List<Finding> ALL = List.of(REPEATED, BREAKDOWN, NUMBERING_STYLE, LATE, RESIDUE, PART_MISSING);

  private TestFindings() {}

  /** A result holding all six findings. */
  static ValidationResult webCopyLike() {
    return ValidationResult.of(ALL);
  }

  /** A result holding these findings. */
  static ValidationResult of(Finding... findings) {
    return ValidationResult.of(List.of(findings));
  }
}
