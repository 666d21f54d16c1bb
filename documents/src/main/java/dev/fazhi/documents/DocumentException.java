package dev.fazhi.documents;

import dev.fazhi.core.Reason;
import dev.fazhi.core.ReportFormatException;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A document that cannot be read, and why: the message names the file, the place where there is one
 * (page, line) and, for a format fazhi does not read, what to do ("save it as .docx or PDF").
 *
 * <p>It is a {@link ReportFormatException}, so a caller that handles the core reader's errors handles
 * these too; {@link #getKind()} tells them apart.
 */
public class DocumentException extends ReportFormatException {

  private static final long serialVersionUID = 1L;

  /** What kind of failure. */
  public enum Kind {
    /** A format fazhi does not read: a legacy .doc or .wps, an .ofd, an RTF file, another zip. */
    UNSUPPORTED_FORMAT,
    /** Not a document at all (an image, an archive, a spreadsheet): a directory scan may skip it. */
    NOT_A_DOCUMENT,
    /** An encrypted file that needs a password. */
    ENCRYPTED,
    /** A PDF of images with no text, or with no readable text: not checkable. */
    NO_TEXT,
    /** Over a size, count or time limit; also zip bombs and entity expansions. */
    LIMIT,
    /** A damaged or malformed file. */
    MALFORMED
  }

  /** What kind of failure. */
  private final Kind kind;
  /** The 1-based page, or 0. */
  private final int page;

  /**
   * Creates an exception.
   *
   * @param kind what kind of failure
   * @param source the file name, or null
   * @param page the 1-based page, or 0 when none
   * @param line the 1-based line, or 0 when none
   * @param reason what is wrong and what to do
   * @param cause the underlying exception, or null
   */
  public DocumentException(Kind kind, String source, int page, int line, String reason, Throwable cause) {
    this(kind, source, page, line, Reason.literal(where(page) + reason), Locale.ROOT, cause);
  }

  private DocumentException(Kind kind, String source, int page, int line, Reason reason, Locale locale,
      Throwable cause) {
    super(source, null, line, 0, reason, locale, cause);
    this.kind = kind;
    this.page = Math.max(page, 0);
  }

  private static String where(int page) {
    return page > 0 ? "page " + page + ": " : "";
  }

  /**
   * What kind of failure.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * The page where it failed.
   *
   * @return the 1-based page, or empty
   */
  public OptionalInt getPage() {
    return page > 0 ? OptionalInt.of(page) : OptionalInt.empty();
  }

  @Override
  protected ReportFormatException copy(String newSource, Locale newLocale) {
    return new DocumentException(kind, newSource, page, getLine().orElse(0), reason(),
        newLocale, getCause());
  }
}
