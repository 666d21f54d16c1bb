package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.ImmutableTaskCompletion;
import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The message bundles resolve in both languages, whatever the JVM's default locale. */
class MessagesTest {

  private static dev.fazhi.core.model.ImmutableReport faulty() {
    return RuleTesting.withFigures(ImmutableTaskCompletion.copyOf(SampleReports.completion())
        .withAssigned(331));
  }

  private static String message(ReportValidator validator, Report report, String rule) {
    return validator.validate(report).first(rule).orElseThrow().getMessage();
  }

  @Test
  void theChineseBundleResolvesUnderSimplifiedChinese() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      ReportValidator chinese = ReportValidator.builder().locale(Locale.SIMPLIFIED_CHINESE).build();
      assertThat(message(chinese, faulty(), "metric.rate-mismatch"))
          .isEqualTo("完成数254 + 关闭数67 ≠ 任务数331，与所称完结率100%不符");
      assertThat(chinese.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theEnglishBundleResolvesEvenOnAChineseMachine() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      ReportValidator english = ReportValidator.builder().locale(Locale.ENGLISH).build();
      assertThat(message(english, faulty(), "metric.rate-mismatch"))
          .isEqualTo("Completed 254 + closed 67 ≠ assigned 331, yet the completion rate is stated as 100 %.");
      assertThat(message(english, faulty().withIssuer((Issuer) null), "meta.issuer-missing"))
          .isEqualTo("No issuing organ can be identified.");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void otherLocalesGetEnglishAndChineseVariantsGetChinese() {
    assertThat(ReportValidator.builder().locale(Locale.FRENCH).build().getLocale())
        .isEqualTo(Locale.ENGLISH);
    assertThat(ReportValidator.builder().locale(Locale.CHINESE).build().getLocale())
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CHINA);
      assertThat(ReportValidator.defaults().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
      assertThat(ReportValidator.builder().build().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
      Locale.setDefault(Locale.US);
      assertThat(ReportValidator.defaults().getLocale()).isEqualTo(Locale.ENGLISH);
      assertThat(ReportValidator.builder().build().getLocale()).isEqualTo(Locale.ENGLISH);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void textQuotedFromAReportIsNeverInterpolated() {
    Section plan = RuleTesting.plan();
    Section odd = ImmutableSection.copyOf(plan).withHeading(Heading.numbered(1,
        NumberingStyle.CHINESE_COMMA, 2, "{label}${1+1}\\{y}"));
    Report report = RuleTesting.top(RuleTesting.measures(), RuleTesting.shortcomings(),
        RuleTesting.responsibility(), odd);
    String message = message(ReportValidator.builder().locale(Locale.SIMPLIFIED_CHINESE).build(), report, "outline.numbering-duplicate");
    assertThat(message).contains("“二、{label}${1+1}\\{y}”");
  }
}
