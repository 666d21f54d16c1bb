package dev.fazhi.core.json;

import dev.fazhi.core.model.AdministrativeLevel;
import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.EmbeddedPart;
import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.MoneyUnit;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.RateBound;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A small report, written for the project, with one figure of every kind. */
final class JsonSamples {

  private JsonSamples() {}

  static Report smallReport() {
    Paragraph figures = Paragraph.builder()
        .text("全年抽检任务120项，完成118项（免检2项），完成率100%；受理投诉40件，其中电话25件、网络15件。")
        .location(SourceLocation.of(6, 1, 180))
        .addFigures(TaskCompletion.builder().subject("抽检任务").assigned(120).completed(118).closed(2)
            .ratePercent(new BigDecimal("100")).build())
        .addFigures(Breakdown.builder().subject("受理投诉").total(40).addParts(25, 15)
            .addPartNames("电话", "网络").build())
        .addFigures(Rate.builder().subject("立案率").numerator(33).denominator(40)
            .ratePercent(new BigDecimal("82.5")).rateBound(RateBound.EXACT).build())
        .addFigures(Subset.builder().subject("处罚公示").total(63).subset(60).build())
        .addFigures(Count.builder().subject("培训").value(300).unit("人次").approximate(true).build())
        .addFigures(Amount.builder().subject("罚没款").yuan(new BigDecimal("125600.5"))
            .statedUnit(MoneyUnit.WAN_YUAN).quote("罚没款12.56005万元").build())
        .build();
    return Report.builder()
        .source("sample.txt")
        .issuer(Issuer.builder().name("青禾县市场监督管理局").region("青禾县")
            .level(AdministrativeLevel.COUNTY).build())
        .reportingYear(2023)
        .title("青禾县市场监督管理局2023年法治政府建设年度报告")
        .signedOn(LocalDate.of(2024, 2, 20))
        .publishedOn(LocalDate.of(2024, 3, 1))
        .addPreamble(Paragraph.of("现将我局2023年法治政府建设情况报告如下："))
        .addSections(Section.builder()
            .heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 1, "主要举措和成效"))
            .part(Part.MEASURES_AND_RESULTS)
            .addSections(Section.builder()
                .heading(Heading.numbered(2, NumberingStyle.CHINESE_PAREN, 1, "强化执法监督"))
                .addParagraphs(figures)
                .build())
            .build())
        .addSections(Section.builder()
            .heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 2, "存在的不足和原因"))
            .part(Part.SHORTCOMINGS_AND_CAUSES)
            .addParagraphs(Paragraph.of("执法力量不足，主要是基层人员流动较大。"))
            .build())
        .addSections(Section.builder()
            .heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 3, "2024年工作打算"))
            .part(Part.NEXT_YEAR_PLAN)
            .addParagraphs(Paragraph.of("继续完善执法制度。"))
            .build())
        .putEmbeddedParts(Part.PRINCIPAL_RESPONSIBILITY, EmbeddedPart.builder()
            .embeddedIn(Part.MEASURES_AND_RESULTS).quote("主要负责人切实履行第一责任人职责").build())
        .build();
  }
}
