package dev.fazhi.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Thrown when an input cannot be read as a report: malformed or invalid JSON, a text that is not an
 * annual rule-of-law report, an undecodable or oversized file.
 *
 * <p>The message says what is wrong and where; the accessors give the parts separately so a tool can
 * place the error itself. Nothing is read partially: an exception means no report.
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
  private final String reason;

  /**
   * Creates an exception.
   *
   * @param source the file or source name the input came from, or null when unnamed
   * @param path the JSON path of the offending value ({@code $.sections[2].heading.level}), or null
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param reason what is wrong, without the location
   * @param cause the underlying exception, or null
   */
  public ReportFormatException(
      String source, String path, int line, int column, String reason, Throwable cause) {
    super(compose(source, path, line, column, reason), cause);
    this.source = source;
    this.path = path;
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Creates an exception that has no position, only a source.
   *
   * @param source the file or source name, or null when unnamed
   * @param reason what is wrong
   */
  public ReportFormatException(String source, String reason) {
    this(source, null, 0, 0, reason, null);
  }

  private static String compose(String source, String path, int line, int column, String reason) {
    StringBuilder out = new StringBuilder();
    if (source != null) {
      out.append(source);
    }
    if (line > 0) {
      out.append(out.length() > 0 ? ":" : "line ").append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    if (path != null) {
      out.append(out.length() > 0 ? " " : "").append("at ").append(path);
    }
    if (out.length() > 0) {
      out.append(": ");
    }
    return out.append(reason).toString();
  }

  /**
   * Returns a copy of this exception that names the source it came from.
   *
   * @param newSource the file or source name
   * @return the new exception, with this one's cause
   */
  public ReportFormatException withSource(String newSource) {
    ReportFormatException copy =
        new ReportFormatException(newSource, path, line, column, reason, getCause());
    copy.setStackTrace(getStackTrace());
    return copy;
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
   * What is wrong, without the location.
   *
   * @return the reason
   */
  public String getReason() {
    return reason;
  }
}
