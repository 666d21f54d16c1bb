package dev.fazhi.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Thrown when an input cannot be read as a report: malformed or invalid JSON, a text that is not an
 * annual rule-of-law report, an undecodable or oversized file.
 *
 * <p>The message says what is wrong and where; the accessors give the parts separately so a tool can
 * place the error itself. It is in the language the exception was created with: the reader's or
 * the JSON form's locale, or, for a constructor without one, {@link Language#defaultLocale()};
 * {@link #getMessage(Locale)} renders it in another. Nothing is read partially: an exception means no report.
 */
public class ReportFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The source name, or null. */
  private final String source;
  /** The JSON path, or null. */
  private final String path;
  /** The 1-based line, or 0. */
  private final int line;
  /** The 1-based column, or 0. */
  private final int column;
  /** What is wrong. */
  private final Reason reason;
  /** The language of {@link #getMessage()} and {@link #getReason()}. */
  private final Locale locale;

  /**
   * Creates an exception whose message is in the default language ({@link Language#defaultLocale()}:
   * the JVM's default locale, Chinese if its language is {@code zh}, else English).
   *
   * @param source the file or source name the input came from, or null when unnamed
   * @param path the JSON path of the offending value ({@code $.sections[2].heading.level}), or null
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param reason what is wrong, without the location
   * @param cause the underlying exception, or null
   */
  public ReportFormatException(
      String source, String path, int line, int column, Reason reason, Throwable cause) {
    this(source, path, line, column, reason, Language.defaultLocale(), cause);
  }

  /**
   * Creates an exception whose message is in the given language.
   *
   * @param source the file or source name the input came from, or null when unnamed
   * @param path the JSON path of the offending value ({@code $.sections[2].heading.level}), or null
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param reason what is wrong, without the location
   * @param locale the language of {@link #getMessage()}: Chinese for a Chinese locale, else English
   * @param cause the underlying exception, or null
   */
  public ReportFormatException(String source, String path, int line, int column, Reason reason,
      Locale locale, Throwable cause) {
    super(null, cause);
    this.source = source;
    this.path = path;
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /**
   * Creates an exception with a reason given as text; the same text in every language, its location
   * in the default language ({@link Language#defaultLocale()}).
   *
   * @param source the file or source name the input came from, or null when unnamed
   * @param path the JSON path of the offending value, or null
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param reason what is wrong, without the location
   * @param cause the underlying exception, or null
   */
  public ReportFormatException(
      String source, String path, int line, int column, String reason, Throwable cause) {
    this(source, path, line, column, Reason.literal(reason), Language.defaultLocale(), cause);
  }

  /**
   * Creates an exception that has no position, only a source, in the default language
   * ({@link Language#defaultLocale()}).
   *
   * @param source the file or source name, or null when unnamed
   * @param reason what is wrong
   */
  public ReportFormatException(String source, Reason reason) {
    this(source, null, 0, 0, reason, Language.defaultLocale(), null);
  }

  /**
   * Creates an exception that has no position, only a source, with a reason given as text (the same
   * in every language).
   *
   * @param source the file or source name, or null when unnamed
   * @param reason what is wrong
   */
  public ReportFormatException(String source, String reason) {
    this(source, null, 0, 0, Reason.literal(reason), Language.defaultLocale(), null);
  }

  /**
   * Returns a copy of this exception with another source and language; subclasses return their own
   * type.
   *
   * @param newSource the source name, or null
   * @param newLocale the language
   * @return the copy, with this one's cause and stack trace
   */
  protected ReportFormatException copy(String newSource, Locale newLocale) {
    return new ReportFormatException(newSource, path, line, column, reason, newLocale, getCause());
  }

  private ReportFormatException copied(String newSource, Locale newLocale) {
    ReportFormatException copy = copy(newSource, newLocale);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /**
   * Returns a copy of this exception that names the source it came from.
   *
   * @param newSource the file or source name
   * @return the new exception, with this one's cause
   */
  public ReportFormatException withSource(String newSource) {
    return copied(newSource, locale);
  }

  /**
   * Returns a copy of this exception whose {@link #getMessage()} and {@link #getReason()} are in
   * another language.
   *
   * @param newLocale the language: Chinese for a Chinese locale, English otherwise
   * @return the new exception, with this one's cause
   */
  public ReportFormatException withLocale(Locale newLocale) {
    return copied(source, Objects.requireNonNull(newLocale, "newLocale"));
  }

  /**
   * Returns a copy of this exception at another line and column, such as the place the offending
   * value had in a larger document that the report was part of.
   *
   * @param newLine the 1-based line, or 0 when unknown
   * @param newColumn the 1-based column, or 0 when unknown
   * @return the new exception, with this one's source, path, reason, language, cause and stack trace
   */
  public ReportFormatException at(int newLine, int newColumn) {
    ReportFormatException moved =
        new ReportFormatException(source, path, newLine, newColumn, reason, locale, getCause());
    moved.setStackTrace(getStackTrace());
    return moved;
  }

  /**
   * The message: where the error is and what is wrong, in this exception's language
   * ({@link #getLocale()}).
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return getMessage(locale);
  }

  /**
   * The message in a given language.
   *
   * @param messageLocale the language: Chinese for a Chinese locale, English otherwise
   * @return where the error is and what is wrong
   */
  public String getMessage(Locale messageLocale) {
    StringBuilder key = new StringBuilder("where.");
    if (source != null) {
      key.append("source");
    }
    if (line > 0) {
      key.append(source != null ? "Line" : "line");
      if (column > 0) {
        key.append("Column");
      }
    }
    if (path != null) {
      key.append(key.length() > "where.".length() ? "Path" : "path");
    }
    String text = reason.in(messageLocale);
    if (key.length() == "where.".length()) {
      return text;
    }
    return Reason.of(key.toString(), line, column, path, text, source).in(messageLocale);
  }

  /**
   * The language of {@link #getMessage()} and {@link #getReason()}.
   *
   * @return the locale this exception was created with ({@link Language#defaultLocale()} when none
   *     was given)
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * The file or source name the input came from.
   *
   * @return the source name
   */
  public Optional<String> getSource() {
    return Optional.ofNullable(source);
  }

  /**
   * The JSON path of the offending value, such as {@code $.sections[2].heading.level}.
   *
   * @return the path, or empty for a text input or a document-level error
   */
  public Optional<String> getPath() {
    return Optional.ofNullable(path);
  }

  /**
   * The 1-based line of the error.
   *
   * @return the line, or empty when unknown
   */
  public OptionalInt getLine() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * The 1-based column of the error.
   *
   * @return the column, or empty when unknown
   */
  public OptionalInt getColumn() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * What is wrong, without the location, in this exception's language.
   *
   * @return the reason
   */
  public String getReason() {
    return reason.in(locale);
  }

  /**
   * What is wrong, without the location, in a given language.
   *
   * @param reasonLocale the language: Chinese for a Chinese locale, English otherwise
   * @return the reason
   */
  public String getReason(Locale reasonLocale) {
    return reason.in(reasonLocale);
  }

  /**
   * What is wrong, as a reason that can be rendered in any language.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
