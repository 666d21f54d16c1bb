package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserRuleTest {

  /** A rule of the user's own: every top-level heading must be at most 24 characters long. */
  static final class ShortHeadings implements Rule {
    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder()
        .id("house.short-headings").defaultSeverity(Severity.WARNING).build();

    @Override
    public RuleDescriptor descriptor() {
      return DESCRIPTOR;
    }

    @Override
    public void check(Report report, FindingSink findings) {
      for (Section section : report.getSections()) {
        String heading = section.getHeading().fullText();
        if (heading.length() > 24) {
          findings.finding().message("标题过长：{length}字").argument("length", heading.length())
              .section(section).add();
        }
      }
    }
  }

  @Test
  void aRuleOfOnesOwnRunsInTheSamePassWithTheSameResultModel() {
    ReportValidator validator = ReportValidator.builder().addRule(new ShortHeadings()).build();
    ValidationResult result = validator.validate(SampleReports.clean());
    Finding finding = result.first("house.short-headings").orElseThrow();
    assertThat(finding.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(finding.getMessage()).isEqualTo("标题过长：26字");
    assertThat(finding.getSection()).contains("三、党政主要负责人履行推进法治建设第一责任人职责情况");
    assertThat(finding.getPart()).contains(dev.fazhi.core.model.Part.PRINCIPAL_RESPONSIBILITY);
    assertThat(finding.getQuote()).contains("三、党政主要负责人履行推进法治建设第一责任人职责情况");
    assertThat(validator.rules()).extracting(RuleDescriptor::getId).endsWith("house.short-headings");
    assertThat(validator.rules()).filteredOn(r -> r.getId().equals("house.short-headings"))
        .extracting(RuleDescriptor::getSource).containsExactly(RuleSource.USER);
  }

  @Test
  void aRuleOfOnesOwnCanBeSwitchedOffAndOverridden() {
    ReportValidator quiet = ReportValidator.builder().addRule(new ShortHeadings())
        .disable("house.short-headings").build();
    assertThat(quiet.validate(SampleReports.clean()).findings("house.short-headings")).isEmpty();
    ReportValidator loud = ReportValidator.builder().addRule(new ShortHeadings())
        .severity("house.short-headings", Severity.ERROR).build();
    assertThat(loud.validate(SampleReports.clean()).count(Severity.ERROR)).isEqualTo(1);
  }

  @Test
  void twoRulesMayNotShareAnId() {
    assertThatThrownBy(() -> ReportValidator.builder().addRule(new ShortHeadings())
        .addRule(new ShortHeadings()).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("house.short-headings");
  }

  @Test
  void aRuleListedUnderMetaInfServicesRunsInEveryValidator() {
    Report marked = SampleReports.clean().withTitle("某区司法局关于2023年法治政府建设情况的报告【测试】");
    ReportValidator chinese = ReportValidator.builder().locale(Locale.SIMPLIFIED_CHINESE).build();
    assertThat(chinese.validate(marked).findings("test.marked-title"))
        .singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
          assertThat(f.getMessage()).isEqualTo("标题带有测试标记");
        });
    assertThat(ReportValidator.defaults().validate(SampleReports.clean()).getFindings()).isEmpty();
  }
}
