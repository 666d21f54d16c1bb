package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Report;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code 合计} row of a flattened table read as a total of the rows above it, and the tables that are not. */
class TableTotalsTest {

  /** Cells as a table's paragraph gives them, each its own stretch of a source. */
  private static List<MappedText> cells(String... cells) {
    List<MappedText> out = new ArrayList<>();
    int at = 0;
    for (String c : cells) {
      out.add(MappedText.contiguous(String.join("\n", cells), at, at + c.length()));
      at += c.length() + 1;
    }
    return out;
  }

  private static List<Breakdown> totals(String... cells) {
    SourceText source = new SourceText(String.join("\n", cells));
    return TableTotals.figures(cells(cells), source).stream().map(Breakdown.class::cast).toList();
  }

  @Test
  void eachColumnOfCountsIsABreakdownOfItsTotal() {
    List<Breakdown> b = totals("单位名称", "受理", "办结", "县公安局", "12", "11", "县市场监管局", "8", "8",
        "县交通运输局", "5", "4", "合计", "25", "23");
    assertThat(b).extracting(Breakdown::getSubject).containsExactly("受理", "办结");
    assertThat(b.get(0).getTotal()).isEqualTo(25);
    assertThat(b.get(0).getParts()).containsExactly(12L, 8L, 5L);
    assertThat(b.get(0).getPartNames()).containsExactly("县公安局", "县市场监管局", "县交通运输局");
    assertThat(b.get(1).getParts()).containsExactly(11L, 8L, 4L);
    assertThat(b.get(1).getQuote()).hasValue("合计 25 23");
    assertThat(b.get(0).getLocation().orElseThrow().getLine()).isEqualTo(13);
  }

  @Test
  void aWrongTotalIsKeptAsWritten() {
    List<Breakdown> b = totals("序号", "类别", "件数", "1", "行政许可", "40件", "2", "行政处罚", "27件", "3", "行政强制",
        "6件", "合计", "", "75件");
    // an empty cell kept (a web page's table read as HTML): the total row has three cells
    assertThat(b).singleElement().satisfies(x -> assertThat(x.getTotal()).isEqualTo(75));
    // the total's label merged over 序号 and 类别: two cells
    List<Breakdown> merged = totals("序号", "类别", "件数", "1", "行政许可", "40件", "2", "行政处罚", "27件", "3",
        "行政强制", "6件", "合计", "75件");
    assertThat(merged).singleElement().satisfies(x -> {
      assertThat(x.getTotal()).isEqualTo(75);
      assertThat(x.partsSum()).isEqualTo(73);
      assertThat(x.getSubject()).isEqualTo("件数");
    });
  }

  @Test
  void theSerialColumnIsNeverSummed() {
    List<Breakdown> b = totals("序号", "类别", "件数", "1", "许可", "4", "2", "处罚", "5", "合计", "3", "9");
    assertThat(b).extracting(Breakdown::getSubject).containsExactly("件数");
  }

  @Test
  void fullWidthDigitsAndThousandsAreCounts() {
    assertThat(TableTotals.count("１２件")).isEqualTo(new TableTotals.Count(12, "件"));
    assertThat(TableTotals.count("1,250")).isEqualTo(new TableTotals.Count(1250, ""));
    assertThat(TableTotals.count("3 6")).isEqualTo(new TableTotals.Count(36, ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"96.5%", "12.5", "20余", "2023年", "约30", "已完成", "—", "3月", "1,25"})
  void cellsThatAreNoWholeCount(String cell) {
    assertThat(TableTotals.count(cell)).isNull();
  }

  @Test
  void trapAColumnOfRatesStaysUnchecked() {
    assertThat(totals("单位", "办结率", "甲局", "95", "乙局", "90", "合计", "185")).isEmpty();
    assertThat(totals("单位", "件数", "办结", "甲局", "10", "95%", "乙局", "20", "90%", "合计", "30", "92%"))
        .extracting(Breakdown::getSubject).containsExactly("件数");
  }

  @Test
  void trapAColumnOfYearsStaysUnchecked() {
    assertThat(totals("单位", "年度", "案件", "甲", "2022", "10", "乙", "2023", "12", "合计", "4045", "22"))
        .extracting(Breakdown::getSubject).containsExactly("案件");
    assertThat(totals("项目", "批次", "甲", "2022", "乙", "2023", "合计", "4045")).isEmpty();
  }

  @Test
  void trapRowsThatAreNoPartsOfOneWholeStayUnchecked() {
    assertThat(totals("类别", "件数", "行政处罚", "20", "其中：简易程序", "8", "行政许可", "30", "合计", "50"))
        .isEmpty();
    assertThat(totals("类别", "件数", "许可", "20", "小计", "20", "处罚", "30", "合计", "50")).isEmpty();
  }

  @Test
  void trapATableWhoseShapeIsAmbiguousIsNeverComputed() {
    // no total row: nothing says which rows are parts of what
    assertThat(totals("类别", "件数", "许可", "20", "处罚", "30", "强制", "50")).isEmpty();
    // two total rows
    assertThat(totals("类别", "件数", "许可", "20", "合计", "20", "处罚", "30", "总计", "50")).isEmpty();
    // cells out of step: a lost empty cell leaves numbers and words in one column
    assertThat(totals("类别", "件数", "备注", "许可", "20", "处罚", "30", "新增", "合计", "50", "")).isEmpty();
    // one row of parts is no breakdown
    assertThat(totals("类别", "件数", "许可", "20", "合计", "20")).isEmpty();
  }

  @Test
  void trapColumnsOfWordsAndMixedUnitsStayUnchecked() {
    assertThat(totals("序号", "任务", "完成情况", "1", "制定清单", "已完成", "2", "修订办法", "推进中", "合计", "2项",
        "完成1项")).isEmpty();
    assertThat(totals("单位", "数量", "甲局", "3件", "乙局", "4人", "合计", "7件")).isEmpty();
  }

  @Test
  void theReaderChecksATableInTheBody() {
    String text = """
        青禾县司法局2023年法治政府建设年度报告
        一、2023年推进法治政府建设的主要举措和成效
        全年办理行政复议案件情况如下表。
        单位名称
        收案
        结案
        县公安局
        12
        11
        县市场监管局
        8
        7
        县自然资源局
        6
        6
        合计
        26
        25
        二、2023年推进法治政府建设存在的不足和原因
        基层法治力量仍然薄弱，主要是乡镇司法所人员编制少。
        三、党政主要负责人履行推进法治建设第一责任人职责情况
        局主要负责人带头学法用法，主持专题学法4次。
        四、2024年推进法治政府建设的主要安排
        深化行政复议体制改革，提升案件办理质效。
        """;
    Report report = ReportReader.defaults().read(text);
    List<Figure> figures = report.getSections().get(0).getParagraphs().stream()
        .flatMap(p -> p.getFigures().stream()).toList();
    assertThat(figures).filteredOn(f -> f instanceof Breakdown).extracting(f -> ((Breakdown) f).getTotal())
        .containsExactly(26L, 25L);
    Paragraph table = report.getSections().get(0).getParagraphs().get(1);
    assertThat(table.getText()).startsWith("单位名称 收案 结案 县公安局 12 11");
    Breakdown wrong = (Breakdown) figures.stream().filter(f -> f instanceof Breakdown).toList().get(1);
    assertThat(wrong.partsSum()).isEqualTo(24);
    assertThat(wrong.getLocation().orElseThrow().getLine()).isEqualTo(16);
  }
}
