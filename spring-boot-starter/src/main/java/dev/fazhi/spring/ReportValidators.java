package dev.fazhi.spring;

import dev.fazhi.core.Language;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.ReportValidator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shared validators, one per language, all with the settings of {@code fazhi.validation.*}: a
 * validator's messages are in the locale it was built with, and building one is the expensive step,
 * so each language's is built once, on first need, and shared. Rules of the application's own
 * ({@link Rule} beans) run in every one of them. Thread-safe.
 */
public final class ReportValidators {

  private final FazhiProperties.Validation settings;
  private final Locale defaultLocale;
  private final List<Rule> rules;
  private final Map<Locale, ReportValidator> byLocale = new ConcurrentHashMap<>();

  /**
   * Validators with the given settings.
   *
   * @param settings the rule settings
   * @param defaultLocale the language when a caller names none
   * @param rules rules of the application's own, added to the catalog's
   */
  public ReportValidators(FazhiProperties.Validation settings, Locale defaultLocale,
      List<Rule> rules) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.defaultLocale = Language.supported(defaultLocale);
    this.rules = List.copyOf(rules);
  }

  /**
   * The validator whose messages are in the supported language closest to a locale.
   *
   * @param locale the requested locale
   * @return the shared validator of that language
   */
  public ReportValidator forLocale(Locale locale) {
    return byLocale.computeIfAbsent(Language.supported(locale), this::build);
  }

  /**
   * The validator of the default language ({@code fazhi.locale}).
   *
   * @return the shared validator
   */
  public ReportValidator forDefaultLocale() {
    return forLocale(defaultLocale);
  }

  /**
   * The default language ({@code fazhi.locale}), as one of the supported locales.
   *
   * @return the locale
   */
  public Locale defaultLocale() {
    return defaultLocale;
  }

  private ReportValidator build(Locale locale) {
    ReportValidator.Builder builder = ReportValidator.builder()
        .locale(locale)
        .deadline(settings.deadlineMonthDay());
    settings.disabledRules().forEach(builder::disable);
    settings.severity().forEach(builder::severity);
    rules.forEach(builder::addRule);
    return builder.build();
  }
}
