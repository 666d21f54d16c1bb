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
    assertThat(findings(report)).isEmpty();
  }

  @Test
  void theBodysDateLineAgainstTheBlocksIsReportedAtTheDateLine() {
    assertThat(findings(page("某县司法局\n2024年1月10日\n"))).singleElement().satisfies(f -> {
      assertThat(f.getLocation().orElseThrow().getLine()).isEqualTo(12);
      assertThat(f.getQuote()).hasValue("2024年1月10日");
    });
  }
}
