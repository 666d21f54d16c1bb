package dev.fazhi.validation;

import static dev.fazhi.validation.RuleTesting.child;
import static dev.fazhi.validation.RuleTesting.findings;
import static dev.fazhi.validation.RuleTesting.measures;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.plan;
import static dev.fazhi.validation.RuleTesting.responsibility;
import static dev.fazhi.validation.RuleTesting.shortcomings;
import static dev.fazhi.validation.RuleTesting.top;
import static dev.fazhi.validation.RuleTesting.withFigures;
import static dev.fazhi.validation.RuleTesting.withMeasureChildren;
import static dev.fazhi.validation.SampleReports.clean;
import static dev.fazhi.validation.SampleReports.paragraph;
import static dev.fazhi.validation.SampleReports.part;
import static dev.fazhi.validation.SampleReports.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.EmbeddedPart;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.ImmutableBreakdown;
import dev.fazhi.core.model.ImmutableParagraph;
import dev.fazhi.core.model.ImmutableRate;
import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.ImmutableSubset;
import dev.fazhi.core.model.ImmutableTaskCompletion;
import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.RateBound;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** For every rule: a report that triggers it and a near miss that does not. */
class RulesTest {


  @Test
  void theCleanReportHasNoFinding() {
    assertThat(ReportValidator.defaults().validate(clean()).getFindings()).isEmpty();
  }

  @Nested
  class Outline {

    @Test
    void partMissing() {
      Finding finding = only(top(measures(), shortcomings(), plan()), "outline.part-missing");
      assertThat(finding.getPart()).contains(Part.PRINCIPAL_RESPONSIBILITY);
      assertThat(finding.getLocation()).isEmpty();
      assertThat(finding.getMessage()).isEqualTo("缺少“党政主要负责人履行推进法治建设第一责任人职责”部分");
      none(clean(), "outline.part-missing");
    }

    @Test
    void partEmbeddedIsNoPartMissing() {
      ImmutableReport embedded = top(measures(), shortcomings(), plan()).withEmbeddedParts(
          java.util.Map.of(Part.PRINCIPAL_RESPONSIBILITY, EmbeddedPart.builder()
              .embeddedIn(Part.MEASURES_AND_RESULTS).quote("全面落实法治建设第一责任人制度")
              .location(SourceLocation.of(9, 9, 300)).build()));
      Finding finding = only(embedded, "outline.part-embedded");
      assertThat(finding.getPart()).contains(Part.PRINCIPAL_RESPONSIBILITY);
      assertThat(finding.getQuote().orElseThrow()).contains("全面落实法治建设第一责任人制度");
      assertThat(finding.getLocation()).contains(SourceLocation.of(9, 9, 300));
      none(embedded, "outline.part-missing");
      none(clean(), "outline.part-embedded");
    }

    @Test
    void partEmbeddedInAReportWithoutSourceTextNamesTheSectionItStandsIn() {
      // as read from JSON: sections and the embedded part carry locations, the report no source text
      Section measures = ImmutableSection.copyOf(measures()).withLocation(SourceLocation.of(3, 1, 40));
      Section shortcomings = ImmutableSection.copyOf(shortcomings()).withLocation(SourceLocation.of(20, 1, 900));
      Section plan = ImmutableSection.copyOf(plan()).withLocation(SourceLocation.of(30, 1, 1400));
      ImmutableReport embedded = top(measures, shortcomings, plan).withEmbeddedParts(
          java.util.Map.of(Part.PRINCIPAL_RESPONSIBILITY, EmbeddedPart.builder()
              .embeddedIn(Part.MEASURES_AND_RESULTS).quote("全面落实法治建设第一责任人制度")
              .location(SourceLocation.of(9, 9, 300)).build()));
      assertThat(embedded.getSourceText()).isEmpty();
      Finding finding = only(embedded, "outline.part-embedded");
      assertThat(finding.getSection()).contains("一、2023年推进法治政府建设的主要举措和成效");
      assertThat(finding.getLocation()).contains(SourceLocation.of(9, 9, 300));
      assertThat(finding.getPart()).contains(Part.PRINCIPAL_RESPONSIBILITY);
    }

    @Test
    void partOrder() {
      Finding finding = only(top(measures(), responsibility(), shortcomings(), plan()),
          "outline.part-order");
      assertThat(finding.getPart()).contains(Part.SHORTCOMINGS_AND_CAUSES);
      assertThat(finding.getQuote().orElseThrow()).contains("二、存在的不足和原因");
      Section other = part(Part.OTHER_MATTERS,
          section(1, NumberingStyle.CHINESE_COMMA, 5, "其他需要说明的问题", paragraph("无。")));
      none(top(measures(), other, shortcomings(), responsibility(), plan()), "outline.part-order");
    }

    @Test
    void partEmpty() {
      Section emptyPlan = ImmutableSection.copyOf(plan()).withParagraphs(List.of());
      Finding finding = only(top(measures(), shortcomings(), responsibility(), emptyPlan),
          "outline.part-empty");
      assertThat(finding.getPart()).contains(Part.NEXT_YEAR_PLAN);
      assertThat(finding.getSection()).contains("四、2024年推进法治政府建设的主要安排");
      Section planWithItems = ImmutableSection.copyOf(emptyPlan).withSections(
          section(2, NumberingStyle.CHINESE_PAREN, 1, "深化执法改革", paragraph("推进综合执法。")));
      none(top(measures(), shortcomings(), responsibility(), planWithItems), "outline.part-empty");
    }

    @Test
    void causesMissing() {
      Section noCauses = ImmutableSection.copyOf(shortcomings())
          .withParagraphs(paragraph("一是基层执法力量薄弱；二是信息化水平不高。"));
      Finding finding = only(top(measures(), noCauses, responsibility(), plan()),
          "outline.causes-missing");
      assertThat(finding.getPart()).contains(Part.SHORTCOMINGS_AND_CAUSES);
      Section withCauses = ImmutableSection.copyOf(shortcomings())
          .withParagraphs(paragraph("一是基层执法力量薄弱，由于编制所限；二是信息化水平不高。"));
      none(top(measures(), withCauses, responsibility(), plan()), "outline.causes-missing");
      none(top(measures(), responsibility(), plan()), "outline.causes-missing");
      Section affected = ImmutableSection.copyOf(shortcomings())
          .withParagraphs(paragraph("受疫情等多种因素影响，部分执法检查未能按期开展。"));
      none(top(measures(), affected, responsibility(), plan()), "outline.causes-missing");
      // a changed situation or a named factor is no cause
      for (String scene : List.of("随着经济社会发展，违法行为日益隐蔽，执法能力有待提升。",
          "基层存在不稳定因素，执法力量薄弱。", "受理渠道不畅，影响群众办事。")) {
        Section noCause = ImmutableSection.copyOf(shortcomings()).withParagraphs(paragraph(scene));
        assertThat(findings(top(measures(), noCause, responsibility(), plan()), "outline.causes-missing"))
            .as(scene).hasSize(1);
      }
    }

    @Test
    void noFigures() {
      Section slogans = part(Part.MEASURES_AND_RESULTS, Section.builder()
          .heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 1, "2023年主要举措和成效"))
          .addParagraphs(paragraph("2023年，我局坚持依法行政，于2023年3月召开专题会议，全面推进法治建设。"))
          .build());
      Finding finding = only(top(slogans, shortcomings(), responsibility(), plan()),
          "outline.no-figures");
      assertThat(finding.getPart()).contains(Part.MEASURES_AND_RESULTS);
      Section statesCount = ImmutableSection.copyOf(slogans)
          .withParagraphs(paragraph("2023年，我局办理行政复议案件35件。"));
      none(top(statesCount, shortcomings(), responsibility(), plan()), "outline.no-figures");
    }

    @Test
    void numberingDuplicate() {
      Section planAsTwo = ImmutableSection.copyOf(plan())
          .withHeading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 2, "2024年工作打算"));
      Finding finding = only(top(measures(), shortcomings(), responsibility(), planAsTwo),
          "outline.numbering-duplicate");
      assertThat(finding.getQuote().orElseThrow()).contains("二、2024年工作打算");
      assertThat(finding.getMessage()).contains("二、存在的不足和原因");
      none(clean(), "outline.numbering-duplicate");
    }

    @Test
    void numberingGap() {
      Finding finding = only(withMeasureChildren(child(1, "甲"), child(2, "乙"), child(4, "丁")),
          "outline.numbering-gap");
      assertThat(finding.getExpected()).contains("（三）");
      assertThat(finding.getActual()).contains("（四）");
      assertThat(finding.getSection()).contains("一、2023年推进法治政府建设的主要举措和成效 / （四）丁");
      Finding late = only(withMeasureChildren(child(3, "丙"), child(4, "丁")), "outline.numbering-gap");
      assertThat(late.getQuote().orElseThrow()).contains("（三）丙");
      none(withMeasureChildren(child(1, "甲"), child(2, "乙"), child(3, "丙")), "outline.numbering-gap");
    }

    @Test
    void numberingMissing() {
      Section unlabelled = ImmutableSection.copyOf(shortcomings())
          .withHeading(Heading.unnumbered(1, "2023年推进法治政府建设存在的不足和原因"));
      Finding finding = only(top(measures(), unlabelled, responsibility(), plan()),
          "outline.numbering-missing");
      assertThat(finding.getQuote().orElseThrow()).contains("2023年推进法治政府建设存在的不足和原因");
      Section thematicA = part(Part.MEASURES_AND_RESULTS, Section.builder()
          .heading(Heading.unnumbered(1, "强化领导责任，提供有力保障")).addParagraphs(paragraph("审核案件15件。"))
          .build());
      Section thematicB = ImmutableSection.copyOf(thematicA)
          .withHeading(Heading.unnumbered(1, "加大法治宣传，落实普法责任"));
      none(top(thematicA, thematicB), "outline.numbering-missing");
    }

    @Test
    void numberingStyle() {
      Section first = section(3, NumberingStyle.ARABIC_COMMA, 1, "深化监管", paragraph("抽查8户。"));
      Section second = section(3, NumberingStyle.ARABIC_DOT, 2, "加大查处", paragraph("查处3件。"));
      Section parent = ImmutableSection.copyOf(child(1, "严格执法")).withSections(first, second);
      Finding finding = only(withMeasureChildren(parent), "outline.numbering-style");
      assertThat(finding.getActual()).contains("1、");
      assertThat(finding.getExpected()).contains("1.");
      assertThat(finding.getQuote().orElseThrow()).contains("1、深化监管");

      Section arabicUnderTop = section(2, NumberingStyle.ARABIC_DOT, 1, "严格执法", paragraph("查处3件。"));
      none(withMeasureChildren(arabicUnderTop), "outline.numbering-style");

      Section wrongLevel = section(2, NumberingStyle.ARABIC_PAREN, 1, "严格执法", paragraph("查处3件。"));
      Finding level = only(withMeasureChildren(wrongLevel), "outline.numbering-style");
      assertThat(level.getMessageKey()).isEqualTo("outline.numbering-style.message.level");
      assertThat(level.getExpected()).contains("（一）");
    }

    @Test
    void numberingStyleIsReportedOncePerSiblingGroup() {
      List<Section> children = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        children.add(section(2, NumberingStyle.CHINESE_HALFWIDTH_PAREN, i, "事项" + i, paragraph("办理9件。")));
      }
      Finding finding = only(withMeasureChildren(children.toArray(Section[]::new)),
          "outline.numbering-style");
      assertThat(finding.getArguments()).containsEntry("count", 3);
    }
  }

  @Nested
  class Meta {

    @Test
    void issuerMissing() {
      only(clean().withIssuer((Issuer) null), "meta.issuer-missing");
      only(clean().withIssuer(Issuer.named("  ")), "meta.issuer-missing");
      none(clean(), "meta.issuer-missing");
    }

    @Test
    void yearMissingMakesTheDateRulesSkip() {
      ImmutableReport noYear = clean().withReportingYear(java.util.OptionalInt.empty())
          .withSignedOn(LocalDate.of(2000, 1, 1)).withPublishedOn(LocalDate.of(2000, 1, 2));
      only(noYear, "meta.year-missing");
      none(noYear, "meta.date-before-period-end");
      none(noYear, "meta.publication-late");
      none(noYear, "meta.year-mismatch");
      none(clean(), "meta.year-missing");
    }

    @Test
    void yearMismatch() {
      Section planFor2025 = ImmutableSection.copyOf(plan()).withHeading(
          Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 4, "2025年工作打算"));
      Finding finding = only(top(measures(), shortcomings(), responsibility(), planFor2025),
          "meta.year-mismatch");
      assertThat(finding.getExpected()).contains("2024");
      assertThat(finding.getActual()).contains("2025");
      assertThat(finding.getPart()).contains(Part.NEXT_YEAR_PLAN);
      Section planWithRange = ImmutableSection.copyOf(plan()).withHeading(Heading.numbered(1,
          NumberingStyle.CHINESE_COMMA, 4, "2024年工作打算（落实2021-2025年规划）"));
      none(top(measures(), shortcomings(), responsibility(), planWithRange), "meta.year-mismatch");
      Finding title = only(clean().withTitle("某区司法局关于2022年法治政府建设情况的报告"),
          "meta.year-mismatch");
      assertThat(title.getMessageKey()).isEqualTo("meta.year-mismatch.message.title");
    }

    @Test
    void dateMissing() {
      only(clean().withSignedOn((LocalDate) null), "meta.date-missing");
      none(clean(), "meta.date-missing");
    }

    @Test
    void dateBeforePeriodEnd() {
      Finding finding = only(clean().withSignedOn(LocalDate.of(2023, 12, 31))
          .withSignedOnLocation(SourceLocation.of(40, 30, 5000)), "meta.date-before-period-end");
      assertThat(finding.getLocation()).contains(SourceLocation.of(40, 30, 5000));
      assertThat(finding.getQuote().orElseThrow()).contains("2023年12月31日");
      assertThat(finding.getSection()).isEmpty();
      none(clean().withSignedOn(LocalDate.of(2024, 1, 1)), "meta.date-before-period-end");
      only(clean().withPublishedOn(LocalDate.of(2023, 6, 1)).withSignedOn((LocalDate) null),
          "meta.date-before-period-end");
    }

    @Test
    void publicationLate() {
      Finding finding = only(clean().withPublishedOn(LocalDate.of(2024, 4, 2)),
          "meta.publication-late");
      assertThat(finding.getExpected()).contains("≤ 2024-04-01");
      none(clean().withPublishedOn(LocalDate.of(2024, 4, 1)), "meta.publication-late");
      Finding bySigning = only(clean().withPublishedOn((LocalDate) null)
          .withSignedOn(LocalDate.of(2024, 4, 9)), "meta.publication-late");
      assertThat(bySigning.getMessageKey()).endsWith(".signed");
    }

    @Test
    void publicationDeadlineIsASetting() {
      ReportValidator provincial = ReportValidator.builder().deadline(MonthDay.of(3, 1)).build();
      assertThat(provincial.validate(clean()).findings("meta.publication-late")).hasSize(1);
      assertThat(provincial.validate(clean().withPublishedOn(LocalDate.of(2024, 3, 1))
          .withSignedOn(LocalDate.of(2024, 2, 20))).findings("meta.publication-late")).isEmpty();
    }

    @Test
    void publishedBeforeSigned() {
      only(clean().withPublishedOn(LocalDate.of(2024, 3, 10)), "meta.published-before-signed");
      none(clean().withPublishedOn(LocalDate.of(2024, 3, 15)), "meta.published-before-signed");
    }

    @Test
    void titleNonstandard() {
      only(clean().withTitle("某区司法局2023年工作总结"), "meta.title-nonstandard");
      only(clean().withTitle("某区司法局法治政府建设情况的报告"), "meta.title-nonstandard");
      none(clean().withTitle("某区司法局关于2023年法治政府\n建设情况的报告"), "meta.title-nonstandard");
    }
  }

  @Nested
  class Metric {

    @Test
    void completedExceedsAssigned() {
      Finding finding = only(withFigures(
          ImmutableTaskCompletion.copyOf(SampleReports.completion()).withAssigned(300)),
          "metric.completed-exceeds-assigned");
      assertThat(finding.getMessage()).isEqualTo("完成数254 + 关闭数67 = 321，超过任务数300");
      assertThat(finding.getImbalance()).contains(new BigDecimal("21"));
      assertThat(finding.getSection())
          .contains("一、2023年推进法治政府建设的主要举措和成效 / （一）严格规范公正文明执法");
      assertThat(finding.getPart()).contains(Part.MEASURES_AND_RESULTS);
      assertThat(finding.getQuote().orElseThrow()).contains("关闭67个");
      none(withFigures(ImmutableTaskCompletion.copyOf(SampleReports.completion()).withAssigned(300)),
          "metric.rate-mismatch");
      none(withFigures(SampleReports.completion()), "metric.completed-exceeds-assigned");
      none(withFigures(ImmutableTaskCompletion.copyOf(SampleReports.completion()).withAssigned(300)
          .withApproximate(true)), "metric.completed-exceeds-assigned");
    }

    @Test
    void rateMismatchOnACompletion() {
      Finding finding = only(withFigures(
          ImmutableTaskCompletion.copyOf(SampleReports.completion()).withAssigned(331)),
          "metric.rate-mismatch");
      assertThat(finding.getMessage()).isEqualTo("完成数254 + 关闭数67 ≠ 任务数331，与所称完结率100%不符");
      assertThat(finding.getExpected()).contains("331");
      assertThat(finding.getActual()).contains("321");
      assertThat(finding.getImbalance()).contains(new BigDecimal("-10"));
    }

    @Test
    void rateMismatchJudgesTheStatedRounding() {
      none(withFigures(SampleReports.rate()), "metric.rate-mismatch");
      none(withFigures(ImmutableRate.copyOf(SampleReports.rate()).withNumerator(191)
          .withDenominator(434).withRatePercent(new BigDecimal("44"))), "metric.rate-mismatch");
      Finding finding = only(withFigures(ImmutableRate.copyOf(SampleReports.rate())
          .withRatePercent(new BigDecimal("46.3"))), "metric.rate-mismatch");
      assertThat(finding.getMessage()).isEqualTo("166 / 359 = 46.240%，与所称比率46.3%不符");
      none(withFigures(ImmutableRate.copyOf(SampleReports.rate())
          .withRatePercent(new BigDecimal("46.3")).withApproximate(true)), "metric.rate-mismatch");
    }

    @Test
    void rateBoundsAreOneSided() {
      ImmutableRate ninetySix = ImmutableRate.copyOf(SampleReports.rate()).withNumerator(96)
          .withDenominator(100);
      none(withFigures(ninetySix.withRatePercent(new BigDecimal("95"))
          .withRateBound(RateBound.AT_LEAST)), "metric.rate-mismatch");
      only(withFigures(ninetySix.withRatePercent(new BigDecimal("98"))
          .withRateBound(RateBound.AT_LEAST)), "metric.rate-mismatch");
      none(withFigures(ninetySix.withRatePercent(new BigDecimal("98"))
          .withRateBound(RateBound.AT_MOST)), "metric.rate-mismatch");
      Finding below = only(withFigures(ninetySix.withRatePercent(new BigDecimal("90"))
          .withRateBound(RateBound.AT_MOST)), "metric.rate-mismatch");
      assertThat(below.getMessage()).contains("90%以下");
    }

    @Test
    void rateOutOfRange() {
      only(withFigures(ImmutableRate.copyOf(SampleReports.rate()).withNumerator(103)
          .withDenominator(100).withRatePercent(new BigDecimal("103"))), "metric.rate-out-of-range");
      only(withFigures(ImmutableTaskCompletion.copyOf(SampleReports.completion())
          .withRatePercent(new BigDecimal("-1"))), "metric.rate-out-of-range");
      none(withFigures(ImmutableRate.copyOf(SampleReports.rate()).withNumerator(100)
          .withDenominator(100).withRatePercent(new BigDecimal("100"))), "metric.rate-out-of-range");
    }

    @Test
    void subsetExceedsTotal() {
      only(withFigures(ImmutableSubset.copyOf(SampleReports.subset()).withSubset(700)),
          "metric.subset-exceeds-total");
      none(withFigures(ImmutableSubset.copyOf(SampleReports.subset()).withSubset(634)),
          "metric.subset-exceeds-total");
    }

    @Test
    void negativeValue() {
      Finding count = only(withFigures(Count.builder().subject("投诉").value(-1).unit("件")
          .quote("投诉-1件").build()), "metric.negative-value");
      assertThat(count.getQuote().orElseThrow()).contains("投诉-1件");
      assertThat(count.getSection()).isPresent();
      only(withFigures(Amount.builder().yuan(new BigDecimal("-5")).build()), "metric.negative-value");
      only(withFigures(ImmutableBreakdown.copyOf(SampleReports.breakdown()).withTotal(5)
          .withParts(7L, -2L)), "metric.negative-value");
      none(withFigures(Count.builder().value(0).unit("件").build(),
          Amount.builder().yuan(BigDecimal.ZERO).build()), "metric.negative-value");
    }

    @Test
    void conflictingValues() {
      ImmutableBreakdown first = ImmutableBreakdown.copyOf(SampleReports.breakdown());
      ImmutableSubset other = ImmutableSubset.copyOf(SampleReports.subset()).withSubject("依申请公开")
          .withTotal(8).withSubset(4).withQuote("依申请公开8件，其中办结4件");
      Finding finding = only(withFigures(first, other), "metric.conflicting-values");
      assertThat(finding.getExpected()).contains("7");
      assertThat(finding.getActual()).contains("8");
      assertThat(finding.getMessage()).isEqualTo("“依申请公开”前文为7，此处为8，数值不一致");
      none(withFigures(first, other.withTotal(7)), "metric.conflicting-values");
      none(withFigures(first, other.withApproximate(true)), "metric.conflicting-values");
      none(withFigures(first.withSubject("公开"), other.withSubject("公开")),
          "metric.conflicting-values");
      Count punished = Count.builder().subject("发出处罚决定书").value(85).unit("份").build();
      none(withFigures(punished, Count.builder().from(punished).value(129).build()),
          "metric.conflicting-values");
    }
  }

  @Nested
  class Text {

    static ImmutableReport saying(String text) {
      Section first = measures().getSections().get(0);
      Section changed = ImmutableSection.copyOf(first).withParagraphs(
          ImmutableParagraph.copyOf(first.getParagraphs().get(0)).withText(text));
      List<Section> children = new ArrayList<>(measures().getSections());
      children.set(0, changed);
      return top(ImmutableSection.copyOf(measures()).withSections(children), shortcomings(),
          responsibility(), plan());
    }

    @Test
    void doubledPunctuation() {
      Finding finding = only(saying("完善举报受理、、重大案件管理。"), "text.doubled-punctuation");
      assertThat(finding.getQuote().orElseThrow()).contains("、、");
      assertThat(finding.getSection())
          .contains("一、2023年推进法治政府建设的主要举措和成效 / （一）严格规范公正文明执法");
      none(saying("他说……这是——重点。"), "text.doubled-punctuation");
      assertThat(findings(saying("讨论、、管理、、评查、、应急"), "text.doubled-punctuation"))
          .extracting(f -> f.getQuote().orElseThrow()).hasSize(3);
      assertThat(findings(clean().withSourceText("讨论、、管理、、评查、、应急\n"),
          "text.doubled-punctuation")).extracting(f -> f.getLocation().orElseThrow().getColumn())
          .containsExactly(3, 7, 11);
    }

    @Test
    void letterInNumber() {
      Finding finding = only(saying("制定了通知（花卫党字〔20I9〕20号）。"), "text.letter-in-number");
      assertThat(finding.getQuote().orElseThrow()).contains("20I9");
      none(saying("防控H7N9疫情，通过ISO9001认证，开展O2O服务。"), "text.letter-in-number");
    }

    @Test
    void repeatedPhrase() {
      Finding finding = only(saying("规范了执法工作执法执法人员机制。"), "text.repeated-phrase");
      assertThat(finding.getArguments()).containsEntry("phrase", "执法");
      none(saying("常常巡查，人人讲诚信，事事做诚信，日常常巡查。"), "text.repeated-phrase");
    }

    @Test
    void editorResidue() {
      Finding finding = only(saying("[bookmark: _GoBack]促进严格规范文明执法。"), "text.editor-residue");
      assertThat(finding.getQuote().orElseThrow()).contains("[bookmark: _GoBack]");
      none(saying("建立书签式目录，方便查阅。"), "text.editor-residue");
    }

    static ImmutableReport sayingAt(String text, SourceLocation location) {
      Section first = measures().getSections().get(0);
      Section changed = ImmutableSection.copyOf(first).withParagraphs(
          ImmutableParagraph.copyOf(first.getParagraphs().get(0)).withText(text).withLocation(location));
      List<Section> children = new ArrayList<>(measures().getSections());
      children.set(0, changed);
      return top(ImmutableSection.copyOf(measures()).withSections(children), shortcomings(),
          responsibility(), plan());
    }

    @Test
    void withoutSourceTextAFindingStandsAtItsColumnInTheParagraph() {
      Finding finding = only(sayingAt("完善举报受理、、重大案件管理。", SourceLocation.of(20, 3, 700)),
          "text.doubled-punctuation");
      assertThat(finding.getLocation()).contains(SourceLocation.of(20, 9, 706));
      assertThat(finding.getSection())
          .contains("一、2023年推进法治政府建设的主要举措和成效 / （一）严格规范公正文明执法");
      // after a line break in the paragraph the column is unknown: the paragraph's start stands for it
      Finding later = only(sayingAt("完善举报受理\n重大、、案件管理。", SourceLocation.of(20, 3, 700)),
          "text.doubled-punctuation");
      assertThat(later.getLocation()).contains(SourceLocation.of(20, 3, 700));
      assertThat(later.getSection()).isPresent();
    }

    @Test
    void sourceTextFindingsHaveLineAndColumn() {
      String text = "当前位置：首页\n某区司法局关于2023年法治政府建设情况的报告\n　　我局完善举报受理、、重大案件管理。\n";
      Report report = clean().withSourceText(text);
      Finding residue = only(report, "text.editor-residue");
      assertThat(residue.getLocation()).contains(SourceLocation.of(1, 1, 0));
      Finding doubled = only(report, "text.doubled-punctuation");
      int offset = text.indexOf("、、");
      assertThat(doubled.getLocation()).contains(SourceLocation.of(3, 11, offset));
      assertThat(doubled.getQuote().orElseThrow()).contains("、、");
    }
  }
}
