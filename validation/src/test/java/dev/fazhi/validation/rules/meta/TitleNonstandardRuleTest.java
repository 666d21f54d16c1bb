package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** meta.title-nonstandard: trigger, near miss, traps. */
class TitleNonstandardRuleTest {

  private static final String RULE = "meta.title-nonstandard";

  @Test
  void aTitleThatIsAWorkSummary() {
    Finding finding = only(clean().withTitle("某县农业农村局2023年工作总结"), RULE);
    assertThat(finding.getMessage()).isEqualTo("标题“某县农业农村局2023年工作总结”未表明是某一年度的法治政府建设报告");
    assertThat(finding.getQuote()).contains("某县农业农村局2023年工作总结");
  }

  @Test
  void nearMissesEveryPermittedWording() {
    none(clean().withTitle("某县农业农村局2023年度法治政府建设工作报告"), RULE);
    none(clean().withTitle("某县农业农村局关于2023年法治政府建设情况的报告"), RULE);
    none(clean().withTitle("某县农业农村局2023年法治政府建设年度报告"), RULE);
  }

  @Test
  void trapsNoYearNoReportABrokenTitleAndNoTitle() {
    // 报告 and 法治政府建设, but no year
    only(clean().withTitle("某县农业农村局法治政府建设情况的报告"), RULE);
    // a year and 法治政府建设, but no 报告
    only(clean().withTitle("2023年度法治政府建设工作情况"), RULE);
    // a plan's range of years is no year
    only(clean().withTitle("某县法治政府建设实施方案（2021-2025年）报告"), RULE);
    // a title broken across lines, with indentation, reads whole
    none(clean().withTitle("某县农业农村局关于2023年法治政府\n\u3000\u3000建设情况的报告"), RULE);
    // a report published without a title has no title to word badly
    none(clean().withTitle((String) null), RULE);
  }
}
