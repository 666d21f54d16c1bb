package dev.fazhi.validation;

import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a {@link Rule} reports its findings while it checks one report, and what it may know of the
 * validation it runs in: the settings, help to place a finding, and work shared with other rules.
 *
 * <p>A sink serves one rule checking one report: it is not thread-safe and must not be kept after
 * {@link Rule#check} returns. Each {@link Draft#add()} builds one immutable {@link Finding} with its
 * message rendered in the validator's locale; nothing is rendered again later.
 */
public interface FindingSink {

  /**
   * The publication deadline, a month and day in the year after the reporting year.
   *
   * @return the deadline, 1 April unless configured otherwise
   */
  MonthDay getDeadline();

  /**
   * The locale messages are rendered in: Chinese or English.
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
   * A text of the rule's bundle in the validator's language, for a name used inside a message (a
   * part's name {@code part.MEASURES_AND_RESULTS}, a rate bound's words {@code bound.AT_LEAST}).
   *
   * @param key the key
   * @return the text
   * @throws IllegalArgumentException when the bundle has no such key
   */
  String text(String key);

  /**
   * A value computed once per report and shared by every rule that asks for it with the same type:
   * a fused pass over the text, an index. The first caller computes it; later callers get the same
   * instance. The value must not be changed after it is computed.
   *
   * @param type the value's type, its key
   * @param compute computes the value from the report
   * @param <T> the type
   * @return the value
   */
  <T> T shared(Class<T> type, Function<Report, ? extends T> compute);

  /**
   * Starts a finding of the rule being checked, with its main message ({@code <id>.message}).
   *
   * @return a draft; {@link Draft#add()} reports it
   */
  Draft finding();

  /**
   * Starts a finding of the rule being checked with one of its other messages
   * ({@code <id>.message.<variant>}).
   *
   * @param variant the variant, such as {@code closed}
   * @return a draft; {@link Draft#add()} reports it
   */
  Draft finding(String variant);

  /**
   * A finding being reported. Placing methods ({@link #section}, {@link #figure}, {@link #at}) fill
   * only what was not set before them; argument values are rendered as text, literally.
   */
  interface Draft {

    /**
     * Adds a named message argument, written {@code {name}} in the message.
     *
     * @param name the name
     * @param value the value, rendered with {@code String.valueOf}
     * @return this draft
     */
    Draft argument(String name, Object value);

    /**
     * Gives the message as text instead of the bundle's: for a user's rule without a bundle.
     *
     * @param template the message, with arguments written {@code {name}}
     * @return this draft
     */
    Draft message(String template);

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
     * @param value how far the stated value lies from the nearest consistent one
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
     * Places the finding at a figure: its location and a short quote of it, and the heading path and
     * part of the section it stands in, each unless already set.
     *
     * @param figure a figure of the report
     * @return this draft
     */
    Draft figure(Figure figure);

    /**
     * Places the finding at an offset of the report's source text: the line and column, and the
     * heading path and part of the section the offset falls in.
     *
     * @param offset a 0-based offset into the source text
     * @return this draft
     * @throws IllegalStateException when the report has no source text
     */
    Draft at(int offset);

    /**
     * Places the finding at a location recorded in the report: the location, and the heading path
     * and part of the section it falls in.
     *
     * @param location the location
     * @return this draft
     */
    Draft near(SourceLocation location);

    /**
     * Sets the location.
     *
     * @param location the location
     * @return this draft
     */
    Draft location(SourceLocation location);

    /**
     * Sets the heading path directly.
     *
     * @param headingPath the heading path, such as {@code 一、… / （二）…}
     * @return this draft
     */
    Draft headingPath(String headingPath);

    /**
     * Sets the quote.
     *
     * @param quote a short quote of the offending text
     * @return this draft
     */
    Draft quote(String quote);

    /** Reports the finding; a draft is added at most once. */
    void add();
  }
}
