package dev.fazhi.validation;

import dev.fazhi.core.Language;
import dev.fazhi.core.model.Report;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks reports against the rule catalog and any rules of the user's own.
 *
 * <p>A validator runs its rules ({@link Rule}) one after the other over a report, in one pass that
 * shares the report's index and fused scans between them; each finding is built once, with its
 * message rendered in the validator's locale ({@link Builder#locale(Locale)}, by default
 * {@link Language#defaultLocale()}: the JVM's default locale, Chinese if its language is {@code zh},
 * else English). Building a validator checks the rule ids it is given
 * and costs little; validating allocates only the report's index and the findings. A validator is
 * immutable and thread-safe; build one and share it.
 *
 * <pre>{@code
 * ReportValidator validator = ReportValidator.builder()
 *     .deadline(MonthDay.of(3, 1))
 *     .disable("text.repeated-phrase")
 *     .severity("outline.numbering-style", Severity.WARNING)
 *     .locale(Locale.ENGLISH)
 *     .build();
 * ValidationResult result = validator.validate(report);
 * }</pre>
 */
public final class ReportValidator {

  /** The national publication deadline: 1 April of the year after the reporting year. */
  public static final MonthDay DEFAULT_DEADLINE = MonthDay.of(4, 1);

  private final RuleSettings settings;

  private ReportValidator(RuleSettings settings) {
    this.settings = settings;
  }

  /**
   * The shared validator with every rule at its default severity, the 1 April deadline and messages in
   * the default language, {@link Language#defaultLocale()} (the JVM's default locale, Chinese if its
   * language is {@code zh}, else English), as it is at this call; built on first use.
   *
   * @return the shared default validator of that language
   */
  public static ReportValidator defaults() {
    return Language.isChinese(Language.defaultLocale()) ? ChineseHolder.INSTANCE : EnglishHolder.INSTANCE;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks a report.
   *
   * @param report the report
   * @return the findings, sorted by position; {@link ValidationResult#isSourceTextChecked()} is false
   *     when the report has no source text, so that the text rules read only its title, headings and
   *     paragraphs
   */
  public ValidationResult validate(Report report) {
    Objects.requireNonNull(report, "report");
    FindingCollector findings = new FindingCollector(report, settings);
    for (RuleSettings.Enabled rule : settings.enabled()) {
      findings.serve(rule);
      rule.rule().check(report, findings);
    }
    return ValidationResult.of(findings.findings(), report.getSourceText().isPresent());
  }

  /**
   * The publication deadline this validator checks against.
   *
   * @return the month and day in the year after the reporting year
   */
  public MonthDay getDeadline() {
    return settings.getDeadline();
  }

  /**
   * The locale messages are rendered in.
   *
   * @return the locale
   */
  public Locale getLocale() {
    return settings.getLocale();
  }

  /**
   * The rules this validator runs: the enabled built-in rules in catalog order, then the user's rules.
   *
   * @return an unmodifiable list
   */
  public List<RuleDescriptor> rules() {
    return settings.enabledDescriptors();
  }

  /**
   * The severity a rule reports with in this validator.
   *
   * @param ruleId a rule id
   * @return the severity after overrides
   * @throws IllegalArgumentException if this validator knows no such rule
   */
  public Severity severityOf(String ruleId) {
    return settings.severityOf(ruleId);
  }

  private static final class ChineseHolder {
    static final ReportValidator INSTANCE = new Builder().locale(Locale.SIMPLIFIED_CHINESE).build();
  }

  private static final class EnglishHolder {
    static final ReportValidator INSTANCE = new Builder().locale(Locale.ENGLISH).build();
  }

  /**
   * Builds a {@link ReportValidator}. Not thread-safe; unknown rule ids are reported by
   * {@link #build()}.
   */
  public static final class Builder {
    private MonthDay deadline = DEFAULT_DEADLINE;
    private Locale locale;
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final List<Rule> rules = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the publication deadline: a month and day in the year after the reporting year.
     *
     * @param deadline the deadline, 1 April by default
     * @return this builder
     */
    public Builder deadline(MonthDay deadline) {
      this.deadline = Objects.requireNonNull(deadline, "deadline");
      return this;
    }

    /**
     * Switches rules off.
     *
     * @param ruleIds rule ids
     * @return this builder
     */
    public Builder disable(String... ruleIds) {
      for (String id : ruleIds) {
        disabled.add(Objects.requireNonNull(id, "ruleId"));
      }
      return this;
    }

    /**
     * Overrides the severity of a rule.
     *
     * @param ruleId the rule id
     * @param severity the severity it reports with
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(Objects.requireNonNull(ruleId, "ruleId"),
          Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Sets the locale of the messages: Chinese for a locale whose language is {@code zh}, English for
     * any other. The default, when this is not called, is {@link Language#defaultLocale()}: the JVM's
     * default locale at {@link #build()}, Chinese if its language is {@code zh}, else English.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Adds a rule of the user's own, run in the same pass as the built-in rules.
     *
     * @param rule the rule; its id must differ from every other rule's, and its messages are in the
     *     bundle its descriptor names or given as text
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalArgumentException if a disabled or overridden rule id is unknown, naming it and
     *     listing the known ids, or if two rules share an id
     */
    public ReportValidator build() {
      return new ReportValidator(RuleSettings.of(deadline,
          locale != null ? locale : Language.defaultLocale(), disabled, severities, rules));
    }
  }
}
