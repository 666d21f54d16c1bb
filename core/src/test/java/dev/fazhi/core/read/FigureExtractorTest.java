package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.FigureKind;
import dev.fazhi.core.model.MoneyUnit;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checkable figures, and the traps that must never be read as checkable. */
class FigureExtractorTest {

  @Test
  void aTaskCompletionCountsClosedTasksInBrackets() {
    List<TaskCompletion> tasks = Figures.of(
        "全年随机抽检辖区各类单位300间，共完成抽取任务280个（关闭20个），完结率100%，提前完成。",
        FigureKind.TASK_COMPLETION);
    assertThat(tasks).singleElement().satisfies(t -> {
      assertThat(t.getAssigned()).isEqualTo(300);
      assertThat(t.getCompleted()).isEqualTo(280);
      assertThat(t.getClosed()).hasValue(20);
      assertThat(t.getRatePercent()).hasValue(new BigDecimal("100"));
      assertThat(t.getQuote().get()).contains("完结率100%").contains("300间");
    });
  }

  @Test
  void aTaskCompletionNeedsACompletedCount() {
    assertThat(Figures.of("全年共接舆情件3074件，处理完结率100%。", FigureKind.TASK_COMPLETION)).isEmpty();
  }

  @Test
  void aRateIsReadOverTheCountsItIsARatioOf() {
    List<Rate> rates = Figures.of("受领国家级任务359项，完成及时率100%，查处违法案件166起，处罚率46.2 %；"
        + "省级双随机434家，查处191件，处罚率44%。", FigureKind.RATE);
    assertThat(rates).hasSize(2);
    assertThat(rates.get(0).getNumerator()).isEqualTo(166);
    assertThat(rates.get(0).getDenominator()).isEqualTo(359);
    assertThat(rates.get(0).getRatePercent()).isEqualTo(new BigDecimal("46.2"));
    assertThat(rates.get(0).getRatePercent().scale()).isEqualTo(1);
    assertThat(rates.get(0).getQuote().get()).endsWith("处罚率46.2 %");
    assertThat(rates.get(1).getNumerator()).isEqualTo(191);
    assertThat(rates.get(1).getDenominator()).isEqualTo(434);
    assertThat(rates.get(1).getQuote().get()).contains("处罚率44%");
  }

  @Test
  void theDenominatorIsTheCountItsWordsName() {
    assertThat(Figures.<Rate>of("抽查单位200家，发现问题30个，查处案件10起，处罚率5%。", FigureKind.RATE))
        .singleElement().satisfies(r -> {
          assertThat(r.getNumerator()).isEqualTo(10);
          assertThat(r.getDenominator()).isEqualTo(200);
        });
    assertThat(Figures.of("发现问题30个，查处案件10起，处罚率5%。", FigureKind.RATE)).isEmpty();
  }

  @Test
  void theAssignedTasksAreTheCountItsWordsName() {
    assertThat(Figures.<TaskCompletion>of("下达抽检任务50家，出动人员60人次，完成48家，关闭2家，完成率100%。",
        FigureKind.TASK_COMPLETION)).singleElement().satisfies(t -> {
          assertThat(t.getAssigned()).isEqualTo(50);
          assertThat(t.getCompleted()).isEqualTo(48);
        });
    assertThat(Figures.of("出动人员60人次，完成48家，完成率100%。", FigureKind.TASK_COMPLETION)).isEmpty();
  }

  @Test
  void anOnTimeRateIsNeverAReportedRatio() {
    assertThat(Figures.of("共受理各类许可2177宗，办结2102宗，各类许可业务按时办结率100%。"))
        .noneMatch(f -> f instanceof Rate || f instanceof TaskCompletion);
  }

  @Test
  void aReportingRateIsNeverARatioOfTheCountsBeforeIt() {
    assertThat(Figures.of("各协管单位共计巡查5633间次，发现和报告事件线索259件，报告率100%。"))
        .noneMatch(f -> f instanceof Rate || f instanceof TaskCompletion);
  }

  @Test
  void aBreakdownAfterOfWhich() {
    List<Breakdown> b = Figures.of("共收到依申请公开9件，其中当面申请2件、电子邮箱申请3件、信函4件，全部按时答复。",
        FigureKind.BREAKDOWN);
    assertThat(b).singleElement().satisfies(x -> {
      assertThat(x.getTotal()).isEqualTo(9);
      assertThat(x.getParts()).containsExactly(2L, 3L, 4L);
      assertThat(x.getPartNames()).containsExactly("当面申请", "电子邮箱申请", "信函");
      assertThat(x.getQuote().get()).contains("依申请公开9件").contains("信函4件");
    });
  }

  @Test
  void aBreakdownWhosePartsFollowTheirCounts() {
    List<Breakdown> b = Figures.of("共清理规范性文件15份，其中12份继续有效、2份废止、1份失效；另有草案3份。",
        FigureKind.BREAKDOWN);
    assertThat(b).singleElement().satisfies(x -> {
      assertThat(x.getParts()).containsExactly(12L, 2L, 1L);
      assertThat(x.getPartNames()).containsExactly("继续有效", "废止", "失效");
    });
  }

  @Test
  void aBreakdownAfterOfWhichAndAColon() {
    assertThat(Figures.<Breakdown>of("完成抽检任务30家，其中：公共场所10家、学校卫生20家。", FigureKind.BREAKDOWN))
        .singleElement().satisfies(x -> assertThat(x.getParts()).containsExactly(10L, 20L));
  }

  @Test
  void aBreakdownInBrackets() {
    List<Breakdown> b = Figures.of("处理投诉举报线索50件（热线转办投诉30件；群众来信及其它线索20件），已全部办结。",
        FigureKind.BREAKDOWN);
    assertThat(b).singleElement().satisfies(x -> {
      assertThat(x.getTotal()).isEqualTo(50);
      assertThat(x.getParts()).containsExactly(30L, 20L);
      assertThat(x.getQuote().get()).startsWith("处理投诉举报线索50件（").endsWith("）");
    });
  }

  @Test
  void aBreakdownEnumeratedInClausesThatOpenWithTheirCounts() {
    assertThat(Figures.<Breakdown>of("接到行政诉讼通知3起，2起胜诉，1起正在办理中。", FigureKind.BREAKDOWN))
        .singleElement().satisfies(x -> {
          assertThat(x.getTotal()).isEqualTo(3);
          assertThat(x.getParts()).containsExactly(2L, 1L);
          assertThat(x.getPartNames()).containsExactly("胜诉", "正在办理中");
        });
  }

  @Test
  void ofWhichBeforeDatesIsNoBreakdown() {
    assertThat(Figures.of("全年开展重大普法活动12项。其中3月5日召开警示教育会，6月1日举办专题讲座8场。"))
        .noneMatch(f -> f instanceof Breakdown || f instanceof Subset);
  }

  @Test
  void ofWhichBeforeAPercentageIsNoBreakdown() {
    assertThat(Figures.of("辖区20家医疗机构购买了医疗责任保险，其中医责险100%覆盖基层公立医疗机构。"))
        .noneMatch(f -> f instanceof Breakdown || f instanceof Subset);
  }

  @Test
  void ofWhichWithOnePartIsASubset() {
    assertThat(Figures.<Subset>of("共办理案件40件，其中行政处罚15件。", FigureKind.SUBSET)).singleElement()
        .satisfies(s -> {
          assertThat(s.getTotal()).isEqualTo(40);
          assertThat(s.getSubset()).isEqualTo(15);
        });
  }

  @Test
  void ofWhichNamingTwoTotalsGivesTwoSubsets() {
    List<Subset> subsets = Figures.of("共征集相关论文30篇，建言12篇。其中5篇论文、4篇建言获得优秀奖。",
        FigureKind.SUBSET);
    assertThat(subsets).hasSize(2);
    assertThat(subsets).anySatisfy(s -> {
      assertThat(s.getTotal()).isEqualTo(30);
      assertThat(s.getSubset()).isEqualTo(5);
      assertThat(s.getQuote().get()).contains("5篇论文");
    });
    assertThat(subsets).anySatisfy(s -> {
      assertThat(s.getTotal()).isEqualTo(12);
      assertThat(s.getSubset()).isEqualTo(4);
      assertThat(s.getQuote().get()).contains("4篇建言");
    });
    assertThat(Figures.of("共征集相关论文30篇，建言12篇。其中5篇论文、4篇建言获得优秀奖。", FigureKind.BREAKDOWN))
        .isEmpty();
  }

  @Test
  void tasksAssignedInAnEarlierSentence() {
    assertThat(Figures.<TaskCompletion>of("年初把工作细化为重点任务30项，明确责任科室。年底共完成年度重点任务30项，完成率100%。",
        FigureKind.TASK_COMPLETION)).singleElement().satisfies(t -> {
          assertThat(t.getAssigned()).isEqualTo(30);
          assertThat(t.getCompleted()).isEqualTo(30);
          assertThat(t.getClosed()).isEmpty();
        });
    assertThat(Figures.of("年初召开会议12项。年底共完成年度重点任务30项，完成率100%。", FigureKind.TASK_COMPLETION))
        .isEmpty();
  }

  @Test
  void aCountAdoptedOrCompletedOfTheOneBeforeIsASubset() {
    assertThat(Figures.<Subset>of("收到意见建议37条，采纳29条。", FigureKind.SUBSET)).singleElement()
        .satisfies(s -> assertThat(s.getTotal() + "/" + s.getSubset()).isEqualTo("37/29"));
    assertThat(Figures.<Subset>of("启动赔偿案件11件，完成赔偿磋商9件。", FigureKind.SUBSET)).hasSize(1);
    // counts of a task completion are no subset besides
    assertThat(Figures.of("抽查任务48个，完成抽查任务45个（免检3个），完成率100%。", FigureKind.SUBSET)).isEmpty();
  }

  @Test
  void ofWhichAfterAPreposition() {
    assertThat(Figures.<Subset>of("全年审核规范性文件43件，对其中5件提出修改意见。", FigureKind.SUBSET)).singleElement()
        .satisfies(s -> assertThat(s.getTotal() + "/" + s.getSubset()).isEqualTo("43/5"));
  }

  @Test
  void aListSeparatedByEnumerationCommasEndsAtTheNextComma() {
    assertThat(Figures.<Breakdown>of("审结案件45件，其中维持30件、撤销10件、终止5件，通过调解化解争议12件。",
        FigureKind.BREAKDOWN)).singleElement().satisfies(b -> assertThat(b.getParts()).containsExactly(30L, 10L, 5L));
    assertThat(Figures.<Breakdown>of("事项20项,其中许可8项,确认6项、裁决6项。", FigureKind.BREAKDOWN)).singleElement()
        .satisfies(b -> assertThat(b.getParts()).containsExactly(8L, 6L, 6L));
  }

  @Test
  void anApproximateCountEndsTheListAfterOfWhich() {
    assertThat(Figures.<Subset>of("新登记经营主体4862户，其中企业1035户，实有经营主体达到38600余户。", FigureKind.SUBSET))
        .singleElement().satisfies(s -> assertThat(s.getTotal() + "/" + s.getSubset()).isEqualTo("4862/1035"));
  }

  @Test
  void aListOfNamedPartsRightAfterATotal() {
    assertThat(Figures.<Breakdown>of("全年行政复议案件5件，经复议维持4件、申请人撤回申请1件；行政诉讼2件。",
        FigureKind.BREAKDOWN)).singleElement().satisfies(b -> {
          assertThat(b.getTotal()).isEqualTo(5);
          assertThat(b.getParts()).containsExactly(4L, 1L);
        });
    // a part of a list is no total of the rest
    assertThat(Figures.<Breakdown>of("事项91项,其中许可47项,确认6项、裁决1项、奖励20项、给付7项、其他10项。",
        FigureKind.BREAKDOWN)).singleElement().satisfies(b -> assertThat(b.getTotal()).isEqualTo(91));
  }

  @Test
  void moneyIsExactInYuanAndWanYuan() {
    List<Amount> amounts = Figures.of("罚没款共计214.48902万元，另罚款2089245.42元，追缴1.5亿元。", FigureKind.AMOUNT);
    assertThat(amounts).extracting(Amount::getYuan).containsExactly(new BigDecimal("2144890.20000"),
        new BigDecimal("2089245.42"), new BigDecimal("150000000.0"));
    assertThat(amounts.get(0).getYuan().compareTo(new BigDecimal("2144890.2"))).isZero();
    assertThat(amounts).extracting(Amount::getStatedUnit)
        .containsExactly(MoneyUnit.WAN_YUAN, MoneyUnit.YUAN, MoneyUnit.YI_YUAN);
    assertThat(amounts.get(0).getSubject()).isEqualTo("罚没款");
  }

  @Test
  void tenThousandsOfACountAreExact() {
    assertThat(Figures.<Count>of("累计受众356.03万人次。", FigureKind.COUNT)).singleElement()
        .satisfies(c -> {
          assertThat(c.getValue()).isEqualTo(3_560_300);
          assertThat(c.getUnit()).isEqualTo("人次");
          assertThat(c.isApproximate()).isFalse();
        });
  }

  @Test
  void fullWidthDigitsAreUnderstood() {
    assertThat(Figures.<Count>of("全年办理案件１２３件。", FigureKind.COUNT)).singleElement()
        .satisfies(c -> assertThat(c.getValue()).isEqualTo(123));
    assertThat(Figures.<Rate>of("检查单位２００家，立案５０起，处罚率２５．０％。", FigureKind.RATE)).singleElement()
        .satisfies(r -> assertThat(r.getRatePercent()).isEqualTo(new BigDecimal("25.0")));
  }

  @Test
  void aNumberTooLongForACountIsSkippedAndAnAmountKept() {
    String thirty = "123456789012345678901234567890";
    assertThat(Figures.of("检查单位" + thirty + "家。", FigureKind.COUNT)).isEmpty();
    assertThat(Figures.<Amount>of("罚款" + thirty + "元。", FigureKind.AMOUNT)).singleElement()
        .satisfies(a -> assertThat(a.getYuan()).isEqualTo(new BigDecimal(thirty)));
    assertThat(Figures.of("编号" + "9".repeat(5000) + "件。")).isEmpty();
  }

  @Test
  void aNumberInABookTitleIsNoCount() {
    assertThat(Figures.<Count>of("《2019年工作要点》印发3份。", FigureKind.COUNT)).singleElement()
        .satisfies(c -> assertThat(c.getValue()).isEqualTo(3));
    assertThat(Figures.of("学习《关于2019年12项重点工作的通知》。")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"花卫字〔2019〕76号文件", "第141号令", "停业整顿7-15天",
      "每万人配备1-1.5名监督员", "审批时限由30+45个工作日缩短", "12345热线", "“12.4”国家宪法日", "H7N9防控",
      "20I9年"})
  void numbersThatAreNoCount(String text) {
    assertThat(Figures.of(text + "。")).isEmpty();
  }

  @Test
  void aCountAfterAThousandsSeparatorKeepsAllItsDigits() {
    assertThat(Figures.<Count>of("全年发送短信1,234,567条。", FigureKind.COUNT)).singleElement()
        .satisfies(c -> assertThat(c.getValue()).isEqualTo(1_234_567));
  }

  @Test
  void countsCarryTheirSubjectAndQuote() {
    assertThat(Figures.<Count>of("今年来共报送宣传信息15 条。", FigureKind.COUNT)).singleElement()
        .satisfies(c -> {
          assertThat(c.getValue()).isEqualTo(15);
          assertThat(c.getSubject()).isEqualTo("今年来共报送宣传信息");
          assertThat(c.getQuote()).hasValue("今年来共报送宣传信息15 条");
        });
  }

  @Test
  void punctuationInsideQuotationMarksSeparatesNoClauses() {
    assertThat(Figures.<Count>of("全年承接“双随机、一公开”抽查任务48个。", FigureKind.COUNT)).singleElement()
        .satisfies(c -> assertThat(c.getSubject()).isEqualTo("承接“双随机、一公开”抽查任务"));
  }

  @Test
  void locationsPointIntoTheParagraph() {
    String p = "我局全年检查单位42家。";
    Figure f = Figures.of(p).get(0);
    assertThat(f.getLocation().get().getOffset()).isEqualTo(p.indexOf("全年") - 2);
    assertThat(p.substring(f.getLocation().get().getOffset())).startsWith(f.getQuote().get());
  }

  @Test
  void aNumberOfACheckableFigureIsNotRepeatedAsACount() {
    List<Figure> figures = Figures.of("全年分解重点任务32项，截至12月底共完成32项，完成率100%，召开会议6次。");
    assertThat(figures).extracting(Figure::kind)
        .containsExactly(FigureKind.TASK_COMPLETION, FigureKind.COUNT);
    assertThat(figures.get(1).getQuote().get()).endsWith("6次");
    List<Figure> breakdown = Figures.of("依申请公开7件，其中当面申请1件、信函6件。另办理咨询7件。");
    assertThat(breakdown).extracting(Figure::kind).containsExactly(FigureKind.BREAKDOWN, FigureKind.COUNT);
    assertThat(breakdown.get(1).getQuote().get()).contains("咨询7件");
  }

  @Test
  void quotesAreShortAndHoldTheFiguresOwnWords() {
    String filler = "各级各部门按照统一部署认真组织实施并且取得了比较明显的阶段性成效，相关工作得到上级充分肯定";
    List<TaskCompletion> tasks = Figures.of("全年明确年度重点任务48项。" + filler + "。截至年底共完成重点任务48项，任务完成率100%。",
        FigureKind.TASK_COMPLETION);
    assertThat(tasks).singleElement().satisfies(t -> {
      assertThat(t.getQuote().get()).hasSizeLessThanOrEqualTo(Quotes.MAX_QUOTE)
          .isEqualTo("截至年底共完成重点任务48项，任务完成率100%");
      assertThat(t.getAssigned()).isEqualTo(48);
    });
    List<Breakdown> breakdowns = Figures.of("共梳理出本部门机构改革职责调整后的依申请政务服务事项91项，其中行政许可47项，"
        + "行政确认6项、行政裁决1项、行政奖励20项、行政给付7项、其他行政权力10项。", FigureKind.BREAKDOWN);
    assertThat(breakdowns).singleElement().satisfies(b -> {
      assertThat(b.getParts()).containsExactly(47L, 6L, 1L, 20L, 7L, 10L);
      // cut after a whole part, never inside a number
      assertThat(b.getQuote().get()).hasSizeLessThanOrEqualTo(Quotes.MAX_QUOTE)
          .startsWith("共梳理出").contains("依申请政务服务事项91项").endsWith("项");
    });
    for (Figure figure : Figures.of(filler + "，共受理案件1200件，" + filler + "，办结1180件，办结率98.3%。")) {
      assertThat(figure.getQuote().get()).as("%s", figure).hasSizeLessThanOrEqualTo(Quotes.MAX_QUOTE);
    }
  }
}
