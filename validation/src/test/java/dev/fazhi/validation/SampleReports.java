package dev.fazhi.validation;

import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.MoneyUnit;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Sample reports written for the project, built in code. */
public final class SampleReports {

  private SampleReports() {}

  public static Paragraph paragraph(String text, Figure... figures) {
    return Paragraph.builder().text(text).addFigures(figures).build();
  }

  public static Section section(int level, NumberingStyle style, int number, String text,
      Paragraph... paragraphs) {
    return Section.builder().heading(Heading.numbered(level, style, number, text))
        .addParagraphs(paragraphs).build();
  }

  public static Section part(Part part, Section section) {
    return ImmutableSection.copyOf(section).withPart(part);
  }

  public static TaskCompletion completion() {
    return TaskCompletion.builder().subject("国家随机抽检").assigned(321).completed(254).closed(67)
        .ratePercent(new BigDecimal("100")).quote("共完成国家抽取任务254个（关闭67个），完结率100%")
        .build();
  }

  public static Rate rate() {
    return Rate.builder().subject("国家级任务").numerator(166).denominator(359)
        .ratePercent(new BigDecimal("46.2")).quote("查处违法案件166起，处罚率46.2%").build();
  }

  public static Breakdown breakdown() {
    return Breakdown.builder().subject("依申请公开").total(7).addParts(1L, 4L, 2L)
        .addPartNames("当面申请", "电子邮箱申请", "信函").quote("依申请公开7件，其中当面申请1件、电子邮箱申请4件、信函2件")
        .build();
  }

  public static Subset subset() {
    return Subset.builder().subject("行政处罚公示").total(634).subset(184)
        .quote("行政处罚634宗，行政处罚公示184宗").build();
  }

  public static Count count() {
    return Count.builder().subject("执法人员信息公开").value(62).unit("名").quote("62名执法人员信息公开").build();
  }

  public static Amount amount() {
    return Amount.builder().subject("普法经费").yuan(new BigDecimal("200000")).statedUnit(MoneyUnit.WAN_YUAN)
        .quote("落实普法经费20万元").build();
  }

  /** A report that breaks no rule. */
  public static ImmutableReport clean() {
    Section measures = part(Part.MEASURES_AND_RESULTS, Section.builder()
        .heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 1, "2023年推进法治政府建设的主要举措和成效"))
        .addSections(
            section(2, NumberingStyle.CHINESE_PAREN, 1, "严格规范公正文明执法",
                paragraph("全年完成国家随机抽检任务254个（关闭67个），完结率100%。查处违法案件166起，处罚率46.2%。",
                    completion(), rate())),
            section(2, NumberingStyle.CHINESE_PAREN, 2, "推进政务公开",
                paragraph("依申请公开7件，其中当面申请1件、电子邮箱申请4件、信函2件。行政处罚634宗，行政处罚公示184宗。",
                    breakdown(), subset())),
            section(2, NumberingStyle.CHINESE_PAREN, 3, "加强普法宣传",
                paragraph("实现62名执法人员信息公开，落实普法经费20万元。", count(), amount())))
        .build());
    Section shortcomings = part(Part.SHORTCOMINGS_AND_CAUSES,
        section(1, NumberingStyle.CHINESE_COMMA, 2, "存在的不足和原因",
            paragraph("基层执法力量仍显薄弱。主要原因是编制不足，专业人员缺乏。")));
    Section responsibility = part(Part.PRINCIPAL_RESPONSIBILITY,
        section(1, NumberingStyle.CHINESE_COMMA, 3, "党政主要负责人履行推进法治建设第一责任人职责情况",
            paragraph("主要负责人带头学法，亲自部署重要工作。")));
    Section plan = part(Part.NEXT_YEAR_PLAN,
        section(1, NumberingStyle.CHINESE_COMMA, 4, "2024年推进法治政府建设的主要安排",
            paragraph("继续深化行政执法体制改革，提升依法行政能力。")));
    return Report.builder().title("某区司法局关于2023年法治政府建设情况的报告")
        .issuer(Issuer.named("某区司法局")).reportingYear(2023)
        .signedOn(LocalDate.of(2024, 3, 15)).publishedOn(LocalDate.of(2024, 3, 20))
        .addPreamble(paragraph("现将我局2023年法治政府建设情况报告如下。"))
        .sections(List.of(measures, shortcomings, responsibility, plan))
        .build();
  }
}
