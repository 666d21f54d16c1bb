package dev.fazhi.validation;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;

/**
 * What a {@link ReportRule} sees of the validation it runs in: the validator's settings, help to place a
 * finding, and the means to report one. A context serves one rule checking one report; it is not
 * thread-safe and must not be kept after {@link ReportRule#check} returns.
 */
public interface RuleContext {

  /**
   * The publication deadline, a month and day in the year after the reporting year.
   *
   * @return the deadline, 1 April unless configured otherwise
   */
  MonthDay getDeadline();

  /**
   * The locale messages are rendered in.
   *
   * @return the locale
   */
  Locale getLocale();

  /**
   * The heading path of a section of the report being checked, such as
   * {@code 一、2019年法治建设情况 / （二）强化行政执法机制建设}.
   *
   * @param section a section of the report
   * @return the path, or empty when the section is not in the report
   */
  Optional<String> headingPath(Section section);

  /**
   * Starts a finding of the rule being checked; {@link Draft#add()} reports it.
   *
   * @param messageTemplate the message: a bundle key in braces ({@code {com.example.my-rule}}) looked
   *     up in the {@code ContributorValidationMessages} bundles, or literal text; named arguments are
   *     written {@code {name}}
   * @return a draft finding
   */
  Draft finding(String messageTemplate);

  /** A finding being reported. Values that contain braces are rendered literally. */
  interface Draft {

    /**
     * Adds a named message argument.
     *
     * @param name the name used in the message
     * @param value the value
     * @return this draft
     */
    Draft argument(String name, Object value);

    /**
     * Sets the expected value.
     *
     * @param value the value as text
     * @return this draft
     */
    Draft expected(String value);

    /**
     * Sets the actual value.
     *
     * @param value the value as text
     * @return this draft
     */
    Draft actual(String value);

    /**
     * Sets the imbalance of an arithmetic finding.
     *
     * @param value the imbalance
     * @return this draft
     */
    Draft imbalance(BigDecimal value);

    /**
     * Sets the part the finding concerns.
     *
     * @param part the part
     * @return this draft
     */
    Draft part(Part part);

    /**
     * Places the finding at a section: its location, its heading path, the part it belongs to and its
     * heading as the quote, each unless already set.
     *
     * @param section a section of the report
     * @return this draft
     */
    Draft section(Section section);

    /**
     * Sets the location.
     *
     * @param location the location
     * @return this draft
     */
    Draft location(SourceLocation location);

    /**
     * Sets the quote.
     *
     * @param quote a short quote of the offending text
     * @return this draft
     */
    Draft quote(String quote);

    /** Reports the finding. */
    void add();
  }
}
