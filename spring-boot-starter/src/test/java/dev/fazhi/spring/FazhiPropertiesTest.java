package dev.fazhi.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.Severity;
import java.time.MonthDay;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** application.properties set the shared validators: deadline, disabled rules, severities, language. */
class FazhiPropertiesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}

  private static ConfigurableApplicationContext start(String... properties) {
    return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
        .properties("spring.main.banner-mode=off").properties(properties).run();
  }

  @Test
  void theSharedValidatorTakesItsSettingsFromTheProperties() {
    try (ConfigurableApplicationContext context = start(
        "fazhi.locale=en",
        "fazhi.validation.deadline=03-01",
        "fazhi.validation.disabled-rules=text.repeated-phrase,meta.title-nonstandard",
        "fazhi.validation.severity[outline.numbering-style]=INFO")) {
      ReportValidator validator = context.getBean(ReportValidator.class);
      assertThat(validator.getDeadline()).isEqualTo(MonthDay.of(3, 1));
      assertThat(validator.getLocale().getLanguage()).isEqualTo("en");
      assertThat(validator.rules()).noneMatch(rule -> rule.getId().equals("text.repeated-phrase"));
      assertThat(validator.severityOf("outline.numbering-style")).isEqualTo(Severity.INFO);
      ReportValidators validators = context.getBean(ReportValidators.class);
      assertThat(validators.forLocale(Locale.CHINA).getLocale().getLanguage()).isEqualTo("zh");
      assertThat(validators.forLocale(Locale.CHINA).getDeadline()).isEqualTo(MonthDay.of(3, 1));
      assertThat(validators.forLocale(Locale.GERMAN)).isSameAs(validator);
    }
  }

  @Test
  void withoutPropertiesTheDefaultsAreTheLibrarysInTheJvmDefaultLanguage() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CHINA);
      try (ConfigurableApplicationContext context = start()) {
        ReportValidator validator = context.getBean(ReportValidator.class);
        assertThat(validator.getDeadline()).isEqualTo(ReportValidator.DEFAULT_DEADLINE);
        assertThat(validator.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(context.getBean(ReportValidators.class).defaultLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(validator.rules()).hasSameSizeAs(ReportValidator.defaults().rules());
      }
      Locale.setDefault(Locale.GERMANY);
      try (ConfigurableApplicationContext context = start()) {
        assertThat(context.getBean(ReportValidator.class).getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(context.getBean(ReportValidators.class).defaultLocale()).isEqualTo(Locale.ENGLISH);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
