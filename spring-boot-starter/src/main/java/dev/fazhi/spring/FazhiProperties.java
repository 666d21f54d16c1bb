package dev.fazhi.spring;

import dev.fazhi.core.Language;
import dev.fazhi.validation.Severity;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The starter's settings, under {@code fazhi.*} in {@code application.properties}:
 *
 * <pre>
 * fazhi.locale=zh-CN                              # language of a request without Accept-Language
 * fazhi.validation.deadline=03-01                 # MM-dd in the year after the reporting year
 * fazhi.validation.disabled-rules=text.repeated-phrase,meta.title-nonstandard
 * fazhi.validation.severity.outline.numbering-style=WARNING
 * fazhi.web.fail-on=ERROR                         # lowest severity that makes @Valid Report fail
 * </pre>
 *
 * @param locale the language of answers to a request that names none; unset, the library's default,
 *     {@link Language#defaultLocale()}: the JVM's default locale, Chinese if its language is
 *     {@code zh}, else English
 * @param validation the rule settings of the shared validator
 * @param web the settings of request handling
 */
@ConfigurationProperties("fazhi")
public record FazhiProperties(
    Locale locale,
    @DefaultValue Validation validation,
    @DefaultValue Web web) {

  /**
   * Takes the library's default language when {@code fazhi.locale} is not set.
   *
   * @param locale the language of answers to a request that names none, or null for the default
   * @param validation the rule settings of the shared validator
   * @param web the settings of request handling
   */
  public FazhiProperties {
    locale = locale != null ? locale : Language.defaultLocale();
  }

  /**
   * The rule settings of the shared {@link dev.fazhi.validation.ReportValidator}.
   *
   * @param deadline the publication deadline as {@code MM-dd} (default {@code 04-01})
   * @param disabledRules rule ids switched off
   * @param severity rule id → severity, overriding the catalog's
   */
  public record Validation(
      @DefaultValue("04-01") String deadline,
      @DefaultValue List<String> disabledRules,
      @DefaultValue Map<String, Severity> severity) {

    /**
     * Checks the deadline and copies the collections.
     *
     * @param deadline the publication deadline as {@code MM-dd}
     * @param disabledRules rule ids switched off, or null for none
     * @param severity rule id → severity, or null for none
     */
    public Validation {
      deadlineOf(deadline);
      disabledRules = disabledRules == null ? List.of() : List.copyOf(disabledRules);
      severity = severity == null ? Map.of() : Map.copyOf(severity);
    }

    /**
     * The deadline as a month and day.
     *
     * @return the deadline
     */
    public MonthDay deadlineMonthDay() {
      return deadlineOf(deadline);
    }

    private static MonthDay deadlineOf(String text) {
      try {
        return MonthDay.parse(text, DateTimeFormatter.ofPattern("MM-dd"));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "fazhi.validation.deadline must be a month and day as MM-dd, such as 04-01: " + text, e);
      }
    }
  }

  /**
   * The settings of request handling.
   *
   * @param failOn the lowest severity of a finding that makes {@code @Valid Report} fail with 422
   *     (default {@code ERROR})
   */
  public record Web(@DefaultValue("ERROR") Severity failOn) {}
}
