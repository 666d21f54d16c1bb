package dev.fazhi.validation.corpus;

import java.util.Locale;
import java.util.Objects;

/**
 * A report left out of the checks that need what it lacks.
 *
 * @param source the report
 * @param reason why
 */
public record Exclusion(String source, Reason reason) {

  /** What a report lacks. */
  public enum Reason {
    /** No issuer was found: left out of the checks by issuer (missing, duplicates, years). */
    UNKNOWN_ISSUER,
    /** No reporting year was found: left out of the checks by year. */
    UNKNOWN_YEAR
  }

  /**
   * Checks the fields.
   *
   * @param source see the record
   * @param reason see the record
   */
  public Exclusion {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Why the report was left out, and of what, for people: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the language
   * @return one sentence, without the source
   */
  public String message(Locale locale) {
    return CorpusMessages.format(Objects.requireNonNull(locale, "locale"), "exclusion." + reason.name());
  }
}
