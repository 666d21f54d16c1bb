package dev.fazhi.spring;

import dev.fazhi.core.json.ReportJson;
import dev.fazhi.jackson3.ReportJacksonModule;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.ReportValidator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The library's shared objects: the JSON form ({@link ReportJson}), the validators of
 * {@code fazhi.validation.*} ({@link ReportValidators}, and the default language's
 * {@link ReportValidator}), and a Jackson 3 module ({@link ReportJacksonModule}) that Spring Boot adds
 * to its {@code JsonMapper}, so that a report nested in a request object of the application's own is
 * read as strictly as a report body. Each bean backs off when the application declares its own.
 */
@AutoConfiguration
@EnableConfigurationProperties(FazhiProperties.class)
public class FazhiAutoConfiguration {

  /** Created by Spring. */
  public FazhiAutoConfiguration() {}

  /**
   * The JSON form's reader and writer.
   *
   * @return the default reader and writer
   */
  @Bean
  @ConditionalOnMissingBean
  public ReportJson reportJson() {
    return ReportJson.defaults();
  }

  /**
   * The validators of every language, with {@code fazhi.validation.*} and the application's rules.
   *
   * @param properties the settings
   * @param rules the application's {@link Rule} beans
   * @return the validators
   */
  @Bean
  @ConditionalOnMissingBean
  public ReportValidators reportValidators(FazhiProperties properties,
      ObjectProvider<Rule> rules) {
    return new ReportValidators(properties.validation(), properties.locale(),
        rules.orderedStream().toList());
  }

  /**
   * The shared validator in the default language ({@code fazhi.locale}).
   *
   * @param validators the validators
   * @return the validator
   */
  @Bean
  @ConditionalOnMissingBean
  public ReportValidator reportValidator(ReportValidators validators) {
    return validators.forDefaultLocale();
  }

  /**
   * The Jackson 3 module, picked up by Spring Boot's {@code JsonMapper}.
   *
   * @param json the JSON form
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  public ReportJacksonModule reportJacksonModule(ReportJson json) {
    return new ReportJacksonModule(json);
  }
}
