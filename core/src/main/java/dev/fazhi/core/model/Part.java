package dev.fazhi.core.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The five parts that an annual report "generally includes" (法治政府建设与责任落实督察工作规定, 2019,
 * Article 25). The first four are required; {@link #OTHER_MATTERS} is optional and may stand anywhere.
 */
public enum Part {
  /** 上一年度推进法治政府建设的主要举措和成效: the measures taken and their results. */
  MEASURES_AND_RESULTS("上一年度推进法治政府建设的主要举措和成效", true),
  /** 上一年度推进法治政府建设存在的不足和原因: shortcomings and their causes. */
  SHORTCOMINGS_AND_CAUSES("上一年度推进法治政府建设存在的不足和原因", true),
  /** 党政主要负责人履行推进法治建设第一责任人职责: how the principal leaders fulfilled their duty. */
  PRINCIPAL_RESPONSIBILITY("上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况", true),
  /** 下一年度推进法治政府建设的主要安排: the plan for the next year. */
  NEXT_YEAR_PLAN("下一年度推进法治政府建设的主要安排", true),
  /** 其他需要报告的情况: other matters to report. */
  OTHER_MATTERS("其他需要报告的情况", false);

  private final String regulationWording;
  private final boolean required;

  Part(String regulationWording, boolean required) {
    this.regulationWording = regulationWording;
    this.required = required;
  }

  /**
   * The regulation's own words for this part.
   *
   * @return the wording, in Chinese
   */
  public String regulationWording() {
    return regulationWording;
  }

  /**
   * Whether every report must contain this part.
   *
   * @return true for the four required parts
   */
  public boolean isRequired() {
    return required;
  }

  /**
   * The four required parts, in the order the regulation lists them.
   *
   * @return a new mutable set of the required parts
   */
  public static Set<Part> required() {
    EnumSet<Part> parts = EnumSet.noneOf(Part.class);
    for (Part part : values()) {
      if (part.required) {
        parts.add(part);
      }
    }
    return parts;
  }
}
