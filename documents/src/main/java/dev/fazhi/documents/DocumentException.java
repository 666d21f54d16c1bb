package dev.fazhi.documents;

import dev.fazhi.core.Reason;
import dev.fazhi.core.ReportFormatException;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A document that cannot be read, and why: the message names the file, the place where there is one
 * (page, line) and, for a format fazhi does not read, what to do ("save it as .docx or PDF").
 *
 * <p>The message is in English or Chinese ({@link #getMessage(Locale)}, or the language of the
 * {@link DocumentReader} that threw it), in fazhi's own words for each kind of failure: a library's
 * message (PDFBox's, POI's, jsoup's) is never part of it, and stays in {@link #getCause()} for whoever
 * debugs.
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
   * The document readers' message bundle, in English and Chinese ({@code dev/fazhi/documents/messages}):
   * the reasons of every exception the readers throw.
   */
  public static final Reason.Bundle MESSAGES = Reason.Bundle.of(DocumentException.class,
      "/dev/fazhi/documents/messages");

  /**
   * Creates an exception with a reason given as text, the same in every language; the readers use
   * {@link #of}, whose reasons are in both.
   *
   * @param kind what kind of failure
   * @param source the file name, or null
   * @param page the 1-based page, or 0 when none
   * @param line the 1-based line, or 0 when none
   * @param reason what is wrong and what to do
   * @param cause the underlying exception, or null
   */
  public DocumentException(Kind kind, String source, int page, int line, String reason, Throwable cause) {
    this(kind, source, page, line, Reason.literal(reason), cause);
  }

  /**
   * Creates an exception whose message is in English until {@link #withLocale} gives another language.
   *
   * @param kind what kind of failure
   * @param source the file name, or null
   * @param page the 1-based page, or 0 when none
   * @param line the 1-based line, or 0 when none
   * @param reason what is wrong and what to do, without the page (which is put before it)
   * @param cause the underlying exception, such as a library's own, or null
   */
  public DocumentException(Kind kind, String source, int page, int line, Reason reason, Throwable cause) {
    this(kind, source, page, line, onPage(page, reason), Locale.ROOT, cause);
  }

  private DocumentException(Kind kind, String source, int page, int line, Reason reason, Locale locale,
      Throwable cause) {
    super(source, null, line, 0, reason, locale, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.page = Math.max(page, 0);
  }

  /**
   * Creates an exception whose reason is a key of {@link #MESSAGES}.
   *
   * @param kind what kind of failure
   * @param source the file name, or null
   * @param page the 1-based page, or 0 when none
   * @param cause the underlying exception, such as a library's own, or null: its message is kept
   *     there, never in this exception's
   * @param key the key of the reason in {@link #MESSAGES}
   * @param args the reason's arguments
   * @return the exception, in English until {@link #withLocale} gives another language
   */
  public static DocumentException of(Kind kind, String source, int page, Throwable cause, String key,
      Object... args) {
    return new DocumentException(kind, source, page, 0, Reason.of(MESSAGES, key, args), cause);
  }

  private static Reason onPage(int page, Reason reason) {
    return page > 0 ? Reason.of(MESSAGES, "where.page", page, reason) : reason;
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

  /**
   * Returns a copy of this exception whose message is in another language.
   *
   * @param newLocale the language: Chinese for a Chinese locale, English otherwise
   * @return the new exception, with this one's kind, page, cause and stack trace
   */
  @Override
  public DocumentException withLocale(Locale newLocale) {
    return (DocumentException) super.withLocale(newLocale);
  }

  /**
   * Returns a copy of this exception that names the source it came from.
   *
   * @param newSource the file or source name
   * @return the new exception, with this one's kind, page, cause and stack trace
   */
  @Override
  public DocumentException withSource(String newSource) {
    return (DocumentException) super.withSource(newSource);
  }
}
