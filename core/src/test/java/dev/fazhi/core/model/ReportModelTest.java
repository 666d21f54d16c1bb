package dev.fazhi.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportModelTest {

  @Test
  void holdsAReportThatContradictsItself() {
    TaskCompletion overdone = TaskCompletion.builder().subject("国家随机抽检")
        .assigned(321).completed(300).closed(67).ratePercent(new BigDecimal("100")).build();
    Breakdown wrongSum = Breakdown.builder().total(7).addParts(1, 4, 3).build();
    Subset tooBig = Subset.builder().total(10).subset(12).build();
    Count negative = Count.builder().value(-3).unit("件").build();
    Rate outOfRange = Rate.builder().numerator(5).denominator(4).ratePercent(new BigDecimal("125"))
        .build();
    Section first = Section.builder()
        .heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 6, "存在的不足"))
        .part(Part.SHORTCOMINGS_AND_CAUSES).build();
    Section duplicate = Section.builder()
        .heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 6, "下一步打算"))
        .part(Part.NEXT_YEAR_PLAN)
        .addParagraphs(Paragraph.builder().text("……")
            .addFigures(overdone, wrongSum, tooBig, negative, outOfRange).build())
        .build();

    Report report = Report.builder().title("某局2020年法治政府建设年度报告").reportingYear(2020)
        .signedOn(LocalDate.of(2020, 1, 19)) // before the year it reports on had ended
        .publishedOn(LocalDate.of(2019, 12, 1)) // before it was signed
        .addSections(first, duplicate).build();

    assertThat(report.allFigures()).containsExactly(overdone, wrongSum, tooBig, negative, outOfRange);
    assertThat(report.getSections()).extracting(s -> s.getHeading().getLabel())
        .containsExactly("六、", "六、");
    assertThat(overdone.getCompleted() + overdone.getClosed().getAsLong())
        .isGreaterThan(overdone.getAssigned());
    assertThat(wrongSum.partsSum()).isEqualTo(8);
  }

  @Test
  void rejectsOnlyWhatCannotBeAReport() {
    // a report published without a title line is still a report
    assertThat(Report.builder().reportingYear(2020).build().getTitle()).isEmpty();
    assertThatThrownBy(() -> Section.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("heading");
    assertThat(Report.builder().title("无题").build().getIssuer()).isEmpty();
  }

  @Test
  void navigatesTheTreeDepthFirst() {
    Section leaf = Section.builder().heading(Heading.numbered(3, NumberingStyle.ARABIC_DOT, 1, "c"))
        .build();
    Section child = Section.builder()
        .heading(Heading.numbered(2, NumberingStyle.CHINESE_PAREN, 1, "b")).addSections(leaf).build();
    Section measures = Section.builder()
        .heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 1, "a"))
        .part(Part.MEASURES_AND_RESULTS).addSections(child).build();
    Section thematic = Section.builder().heading(Heading.unnumbered(1, "强化领导责任"))
        .part(Part.MEASURES_AND_RESULTS).build();
    Section plan = Section.builder()
        .heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 2, "d"))
        .part(Part.NEXT_YEAR_PLAN).build();
    Report report = Report.builder().title("t").addSections(measures, thematic, plan).build();

    assertThat(report.allSections()).containsExactly(measures, child, leaf, thematic, plan);
    assertThat(report.sectionsOf(Part.MEASURES_AND_RESULTS)).containsExactly(measures, thematic);
    assertThat(report.partsWithSections())
        .containsExactlyInAnyOrder(Part.MEASURES_AND_RESULTS, Part.NEXT_YEAR_PLAN);
    assertThat(measures.depthFirst()).containsExactly(measures, child, leaf);
    assertThat(leaf.hasBody()).isFalse();
    assertThat(measures.hasBody()).isTrue();
  }

  @Test
  void deepTreesDoNotOverflowTheStack() {
    Section section = Section.builder().heading(Heading.unnumbered(1, "leaf")).build();
    for (int i = 0; i < 20_000; i++) {
      section = Section.builder().heading(Heading.unnumbered(1, "x")).addSections(section).build();
    }
    Report report = Report.builder().title("t").addSections(section).build();
    assertThat(report.allSections()).hasSize(20_001);
  }

  @ParameterizedTest
  @CsvSource({
    "CHINESE_COMMA, 3, 三、", "CHINESE_COMMA, 10, 十、", "CHINESE_COMMA, 21, 二十一、",
    "CHINESE_PAREN, 2, （二）", "ARABIC_DOT, 12, 12.", "ARABIC_PAREN, 4, （4）",
    "ARABIC_COMMA, 1, 1、", "ARABIC_FULLWIDTH_DOT, 1, １．", "CHINESE_HALFWIDTH_PAREN, 1, (一)",
    "CHINESE_PAREN_COMMA, 1, （一）、", "ARABIC_HALFWIDTH_PAREN, 7, (7)"
  })
  void numberingStylesRenderTheirLabels(NumberingStyle style, int number, String label) {
    assertThat(style.format(number)).isEqualTo(label);
  }

  @Test
  void deviationsKnowTheStandardFormTheyStandFor() {
    assertThat(NumberingStyle.ARABIC_COMMA.standardForm()).hasValue(NumberingStyle.ARABIC_DOT);
    assertThat(NumberingStyle.CHINESE_PAREN_COMMA.standardForm()).hasValue(NumberingStyle.CHINESE_PAREN);
    assertThat(NumberingStyle.CHINESE_PAREN.standardLevel()).hasValue(2);
    assertThat(NumberingStyle.ARABIC_COMMA.standardLevel()).isEmpty();
    assertThat(NumberingStyle.NONE.standardForm()).isEmpty();
    assertThatThrownBy(() -> NumberingStyle.ARABIC_DOT.format(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void moneyIsConvertedExactly() {
    assertThat(MoneyUnit.WAN_YUAN.toYuan(new BigDecimal("214.48902")))
        .isEqualByComparingTo("2144890.2");
    assertThat(MoneyUnit.ofSymbol("万元")).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThatThrownBy(() -> MoneyUnit.ofSymbol("千元")).hasMessageContaining("千元");
    assertThat(Part.required()).hasSize(4).doesNotContain(Part.OTHER_MATTERS);
    assertThat(SourceLocation.of(1, 5, 4)).isLessThan(SourceLocation.of(2, 1, 10));
  }
}
