package dev.fazhi.core.read;

import dev.fazhi.core.Reason;
import dev.fazhi.core.ReportFormatException;
import java.util.Locale;

/**
 * Thrown when a text can be read but is not an annual report on building a law-based government
 * (法治政府建设年度报告): for instance a 政府信息公开工作年度报告, which has its own statutory format and must
 * not be judged as one.
 */
public class NotAReportException extends ReportFormatException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a reason given as text (the same in every language).
   *
   * @param source the source name, or null when unnamed
   * @param reason why the text is not such a report
   */
  public NotAReportException(String source, String reason) {
    super(source, reason);
  }

  /**
   * Creates an exception.
   *
   * @param source the source name, or null when unnamed
   * @param reason why the text is not such a report
   * @param locale the language of the message
   */
  public NotAReportException(String source, Reason reason, Locale locale) {
    super(source, null, 0, 0, reason, locale, null);
  }

  @Override
  protected NotAReportException copy(String newSource, Locale newLocale) {
    return new NotAReportException(newSource, reason(), newLocale);
  }

  @Override
  public NotAReportException withSource(String newSource) {
    return (NotAReportException) super.withSource(newSource);
  }

  @Override
  public NotAReportException withLocale(Locale newLocale) {
    return (NotAReportException) super.withLocale(newLocale);
  }
}
