package dev.fazhi.core.read;

import dev.fazhi.core.model.Report;

/**
 * A short clean report written for the shapes tests (青禾县司法局, 2023): its title and its four required
 * parts, for a test to wrap in a page, a letter, printing or another shape and read.
 */
final class QingheReport {

  static final String TITLE = "青禾县司法局2023年法治政府建设年度报告";
  static final String BODY = """
      一、2023年推进法治政府建设的主要举措和成效
      全年收到行政复议申请46件，审结39件，其中维持28件、撤销6件、确认违法3件、驳回2件。
      二、2023年推进法治政府建设存在的不足和原因
      基层法治力量仍然薄弱，主要是乡镇司法所人员编制少。
      三、党政主要负责人履行推进法治建设第一责任人职责情况
      局主要负责人带头学法用法，主持专题学法4次。
      四、2024年推进法治政府建设的主要安排
      深化行政复议体制改革，提升案件办理质效。
      """;

  private QingheReport() {}

  /** The text read by the default reader, as {@code t.txt}. */
  static Report read(String text) {
    return ReportReader.defaults().read(text, "t.txt");
  }
}
