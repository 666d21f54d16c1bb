package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.FigureKind;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Subset;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Rates named after an action, and subsets named differently from their whole; and their traps. */
class ActionRatesTest {

  @Test
  void aRateNamedAfterAnActionIsTheShareOfTheItemsThatUnderwentIt() {
    assertThat(Figures.<Rate>of("排查矛盾纠纷1250件，化解1180件，化解率96.8%。", FigureKind.RATE))
        .singleElement().satisfies(r -> {
          assertThat(r.getNumerator()).isEqualTo(1180);
          assertThat(r.getDenominator()).isEqualTo(1250);
          assertThat(r.getRatePercent()).isEqualTo(new BigDecimal("96.8"));
          assertThat(r.getSubject()).isEqualTo("化解率");
          assertThat(r.getQuote().orElseThrow()).contains("1250件").endsWith("化解率96.8%");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "受理群众诉求3200件，即办2880件，即办率90%。",
      "检查经营主体5400户，发现违规经营户216户，发现率4%。",
      "全年排查隐患320处，整治304处，整治率95%。"})
  void theRuleNeedsNoListOfNames(String text) {
    assertThat(Figures.<Rate>of(text, FigureKind.RATE)).hasSize(1);
  }

  @Test
  void theActionIsTheLastTwoCharactersBeforeTheRate() {
    assertThat(ActionRates.action("化解率")).isEqualTo("化解");
    assertThat(ActionRates.action("矛盾纠纷调处化解率")).isEqualTo("化解");
    assertThat(ActionRates.action("率")).isNull();
    assertThat(ActionRates.action("按时办结率")).isNull();
    assertThat(ActionRates.action("覆盖率")).isNull();
    assertThat(ActionRates.action("增长率")).isEqualTo("增长"); // named, but no count beside it names it
    assertThat(ActionRates.action("利用效率")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // on time, of those completed: a share of another base
      "受理2177宗，办结2102宗，按时办结率100%。",
      // 报告 is no action whose counts stand here
      "巡查5633间次，发现和报告事件线索259件，报告率100%。",
      // satisfaction and a share of a province's total
      "全年受理咨询860件，办理860件，群众满意度99%，占全省总量的3.5%。",
      // a rate with no counts
      "行政机关负责人出庭应诉率100%。",
      // a change, not a share
      "全年受理投诉1500件，同比增长8.1%，下降2.4个百分点。",
      // the count beside the rate does not name the action
      "全年完成监督抽检1860批次，检出不合格样品37批次，不合格发现率2%。",
      // only one count stated
      "全年化解矛盾纠纷1180件，化解率96.8%。",
      // counts in different units
      "排查企业120家，化解纠纷100件，化解率83.3%。",
      // an approximate whole
      "排查矛盾纠纷1200余件，化解1180件，化解率98.3%。"})
  void aRateWhoseCountsAreNotBothStatedIsNeverComputed(String text) {
    assertThat(Figures.<Rate>of(text, FigureKind.RATE)).isEmpty();
  }

  @Test
  void aSubsetMayBeNamedDifferentlyFromItsWhole() {
    assertThat(Figures.<Subset>of("全年办理行政处罚案件215件，罚没款386.52万元；在信用平台公示处罚决定209件。",
        FigureKind.SUBSET)).singleElement().satisfies(s -> {
          assertThat(s.getTotal()).isEqualTo(215);
          assertThat(s.getSubset()).isEqualTo(209);
        });
  }

  @Test
  void aWordSharedWithTheWholeIsNeeded() {
    assertThat(BreakdownFinder.sharesWord("办理行政处罚案件", "处罚决定")).isTrue();
    assertThat(BreakdownFinder.sharesWord("办理行政许可事项", "处罚决定")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // nothing shared between the whole and what was publicised
      "全年办理行政许可事项215件；在信用平台公示处罚决定209件。",
      // a list of examples by date
      "全年召开会议12次，其中2019年4月29日召开专题会议。",
      // a share, not a count
      "全区医疗机构34家，其中医责险100%覆盖。",
      // another sentence
      "全年办理行政处罚案件215件。在信用平台公示处罚决定209件。"})
  void trapsOfSubsetsStaySilent(String text) {
    assertThat(Figures.<Subset>of(text, FigureKind.SUBSET)).isEmpty();
  }
}
