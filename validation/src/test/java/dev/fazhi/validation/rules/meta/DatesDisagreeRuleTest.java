package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.ReportMetadata;
import dev.fazhi.core.read.ReportReader;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** meta.dates-disagree: the page's or file's own dates against the report's. */
class DatesDisagreeRuleTest {

  private static List<Finding> findings(Report report) {
    return ReportValidator.builder().locale(Locale.SIMPLIFIED_CHINESE).build().validate(report).findings("meta.dates-disagree");
  }

  private static ImmutableReport base() {
    return ImmutableReport.copyOf(clean());
  }

  private static Report withMetadata(ReportMetadata metadata) {
    return base().withMetadata(metadata);
  }

  @Test
  void aSigningDateTheMetadataContradictsIsReported() {
    LocalDate own = base().getSignedOn().orElseThrow();
    List<Finding> found = findings(withMetadata(
        ReportMetadata.builder().signedOn(own.minusDays(15)).build()));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.getMessageKey()).endsWith(".signed");
      assertThat(f.getMessage()).contains(own.toString(), own.minusDays(15).toString());
    });
  }

  @Test
  void aPublicationDateTheMetadataContradictsIsReported() {
    ImmutableReport report = base().withPublishedOn(LocalDate.of(2024, 3, 20));
    List<Finding> found = findings(report.withMetadata(
        ReportMetadata.builder().publishedOn(LocalDate.of(2024, 3, 21)).build()));
    assertThat(found).singleElement().satisfies(f -> assertThat(f.getMessageKey()).endsWith(".published"));
  }

  @Test
  void aFileSavedAfterPublicationIsReported() {
    ImmutableReport report = base().withPublishedOn(LocalDate.of(2024, 3, 20));
    List<Finding> found = findings(report.withMetadata(
        ReportMetadata.builder().modifiedOn(LocalDate.of(2024, 3, 25)).build()));
    assertThat(found).singleElement().satisfies(f -> assertThat(f.getMessageKey()).endsWith(".modified"));
  }

  @Test
  void agreeingOrMissingDatesAreSilent() {
    LocalDate own = base().getSignedOn().orElseThrow();
    assertThat(findings(base())).isEmpty();
    assertThat(findings(withMetadata(ReportMetadata.builder().signedOn(own).build()))).isEmpty();
    assertThat(findings(base().withPublishedOn(java.util.Optional.empty()).withMetadata(
        ReportMetadata.builder().publishedOn(LocalDate.of(2024, 3, 1)).indexNumber("x").build())))
        .isEmpty(); // the report gives no publication date to contradict
    assertThat(findings(base().withPublishedOn(LocalDate.of(2024, 3, 20)).withMetadata(
        ReportMetadata.builder().modifiedOn(LocalDate.of(2024, 3, 20)).build()))).isEmpty();
  }

  /** A report read from a page: its metadata block above it, its body, and a date line or none. */
  private static Report page(String dateLine) {
    return ReportReader.defaults().read("""
        成文日期：2024-01-22 发布日期：2024-01-26
        某县司法局2023年法治政府建设年度报告
        一、主要举措和成效
        全年办理行政复议案件12件，审结11件。
        二、存在的不足和原因
        执法力量不足，主要是编制少。
        三、党政主要负责人履行推进法治建设第一责任人职责情况
        主要负责人带头学法。
        四、2024年工作打算
        继续加强学习。
        """ + dateLine);
  }

  @Test
  void aDateTheReaderTookFromTheBlockAgreesWithIt() {
    Report report = page("");
    assertThat(report.getSignedOn()).hasValue(LocalDate.of(2024, 1, 22));
    assertThat(report.getMetadata().orElseThrow().getSignedOn()).hasValue(LocalDate.of(2024, 1, 22));
    assertThat(findings(report)).isEmpty();
  }

  @Test
  void theBodysDateLineAgainstTheBlocksIsReportedAtTheDateLine() {
    assertThat(findings(page("某县司法局\n2024年1月10日\n"))).singleElement().satisfies(f -> {
      assertThat(f.getLocation().orElseThrow().getLine()).isEqualTo(12);
      assertThat(f.getQuote()).hasValue("2024年1月10日");
    });
  }

  /**
   * Trap, outline.md: the block's "发布日期 is the report's publication date and its 成文日期 the signing
   * date". Each is compared with its own counterpart only: a page published four days after the
   * report was signed is no disagreement, whether or not the block also gives the 成文日期.
   */
  @Test
  void theBlocksPublicationDateIsNeverComparedWithTheSigningDate() {
    LocalDate signed = base().getSignedOn().orElseThrow();
    ImmutableReport unpublished = base().withPublishedOn(java.util.Optional.empty());
    assertThat(findings(unpublished.withMetadata(
        ReportMetadata.builder().publishedOn(signed.plusDays(4)).build()))).isEmpty();
    assertThat(findings(unpublished.withMetadata(
        ReportMetadata.builder().signedOn(signed).publishedOn(signed.plusDays(4)).build()))).isEmpty();
  }

  /**
   * Near miss: rules.md fires on a file "last modified after it was published"; saved before it was
   * published is how a file is made.
   */
  @Test
  void aFileSavedBeforePublicationIsSilent() {
    ImmutableReport report = base().withPublishedOn(LocalDate.of(2024, 3, 20));
    assertThat(findings(report.withMetadata(
        ReportMetadata.builder().modifiedOn(LocalDate.of(2024, 3, 18)).build()))).isEmpty();
  }

  /**
   * Trap, rules.md: the metadata must contradict "the signing or publication date the report itself
   * gives". A report that gives no signing date has none to contradict.
   */
  @Test
  void aReportThatGivesNoSigningDateHasNoneToContradict() {
    assertThat(findings(base().withSignedOn(java.util.Optional.empty()).withMetadata(
        ReportMetadata.builder().signedOn(LocalDate.of(2024, 1, 5)).build()))).isEmpty();
  }

  /** A page whose metadata block is given as a string, above the same report body. */
  private static Report pageWithBlock(String block, String dateLine) {
    return ReportReader.defaults().read(block + """
        某县司法局2023年法治政府建设年度报告
        一、主要举措和成效
        全年办理行政复议案件12件，审结11件。
        二、存在的不足和原因
        执法力量不足，主要是编制少。
        三、党政主要负责人履行推进法治建设第一责任人职责情况
        主要负责人带头学法。
        四、2024年工作打算
        继续加强学习。
        """ + dateLine);
  }

  /**
   * Traps, outline.md: the metadata block comes "in one of several layouts (… `[ 索引号 ] …`, a table
   * flattened one cell per line, printed twice)", and "Codes in it (`11440114MB2C90817K/2024-00127`,
   * `花府〔2024〕21号`) are no reporting year and no typo": a block printed twice, with such codes,
   * whose 成文日期 is the body's own date, disagrees with nothing.
   */
  @Test
  void aBlockPrintedTwiceWithCodesAgreesWithTheBodysDate() {
    String block = """
        索引号：11440114MB2C90817K/2024-00127 主题分类：其他
        发文字号：某司〔2024〕3号 成文日期：2024-01-10 发布日期：2024-01-16
        """;
    Report report = pageWithBlock(block + block, "某县司法局\n2024年1月10日\n");
    assertThat(report.getSignedOn()).hasValue(LocalDate.of(2024, 1, 10));
    assertThat(report.getMetadata().orElseThrow().getSignedOn()).hasValue(LocalDate.of(2024, 1, 10));
    assertThat(findings(report)).isEmpty();
    // the same page whose body gives another date: reported once, not once per copy of the block
    assertThat(findings(pageWithBlock(block + block, "某县司法局\n2024年1月8日\n"))).hasSize(1);
  }

  /**
   * Trap, outline.md: a report sent upward under a cover letter has the letter's date and its own;
   * "The report is what follows the letter; the report's own date is its signing date." A block whose
   * 成文日期 is the report's own date agrees, however the letter is dated.
   */
  @Test
  void aCoverLettersDateIsNotTheReportsOwn() {
    Report report = ReportReader.defaults().read("""
        成文日期：2024-01-22 发布日期：2024-01-26
        某县司法局文件
        某司〔2024〕5号
        关于报送2023年度法治政府建设情况报告的函
        县委、县政府：
        现将我局2023年度法治政府建设情况报告呈送，请审阅。
        某县司法局
        2024年1月25日
        某县司法局2023年法治政府建设年度报告
        一、主要举措和成效
        全年办理行政复议案件12件，审结11件。
        二、存在的不足和原因
        执法力量不足，主要是编制少。
        三、党政主要负责人履行推进法治建设第一责任人职责情况
        主要负责人带头学法。
        四、2024年工作打算
        继续加强学习。
        特此报告。
        某县司法局
        2024年1月22日
        """);
    assertThat(report.getSignedOn()).hasValue(LocalDate.of(2024, 1, 22));
    assertThat(report.getMetadata().orElseThrow().getSignedOn()).hasValue(LocalDate.of(2024, 1, 22));
    assertThat(findings(report)).isEmpty();
  }
}
