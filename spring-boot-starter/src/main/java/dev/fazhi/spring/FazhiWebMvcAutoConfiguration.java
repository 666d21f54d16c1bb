package dev.fazhi.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reports in a Spring MVC application: a report body is read with the library's strict JSON rules
 * ({@link ReportHttpMessageConverter}, ahead of the generic JSON converter), {@code @Valid Report} is
 * checked with the shared validators ({@link ReportBinding}), and both failures are answered in the
 * request's language ({@link ReportProblemHandler}, {@link RequestLanguage}).
 */
@AutoConfiguration(after = FazhiAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(WebMvcConfigurer.class)
public class FazhiWebMvcAutoConfiguration {

  /** Created by Spring. */
  public FazhiWebMvcAutoConfiguration() {}

  /**
   * The language policy of answers.
   *
   * @param properties the settings ({@code fazhi.locale})
   * @return the policy
   */
  @Bean
  @ConditionalOnMissingBean
  public RequestLanguage fazhiRequestLanguage(FazhiProperties properties) {
    return new RequestLanguage(properties.locale());
  }

  /**
   * The converter of report bodies.
   *
   * @param json the JSON form
   * @return the converter
   */
  @Bean
  @ConditionalOnMissingBean
  public ReportHttpMessageConverter reportHttpMessageConverter(dev.fazhi.core.json.ReportJson json) {
    return new ReportHttpMessageConverter(json);
  }

  /**
   * Puts the report converter ahead of Spring MVC's default converters.
   *
   * @param converter the converter
   * @return the configurer
   */
  @Bean
  public WebMvcConfigurer fazhiMessageConverters(ReportHttpMessageConverter converter) {
    return new WebMvcConfigurer() {
      @Override
      public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(converter);
      }
    };
  }

  /**
   * The binding of {@code @Valid Report} to the shared validators.
   *
   * @param validators the validators
   * @param language the language policy
   * @param properties the settings ({@code fazhi.web.fail-on})
   * @return the binding advice
   */
  @Bean
  @ConditionalOnMissingBean
  public ReportBinding fazhiReportBinding(ReportValidators validators, RequestLanguage language,
      FazhiProperties properties) {
    return new ReportBinding(validators, language, properties.web().failOn());
  }

  /**
   * The answers to malformed and faulty reports.
   *
   * @param validators the validators
   * @param language the language policy
   * @return the handler advice
   */
  @Bean
  @ConditionalOnMissingBean
  public ReportProblemHandler fazhiReportProblemHandler(ReportValidators validators,
      RequestLanguage language) {
    return new ReportProblemHandler(validators, language);
  }
}
