package dev.fazhi.spring;

import dev.fazhi.core.ReportFormatException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A request body that is not a report in the library's JSON form; its cause, a
 * {@link ReportFormatException}, names the JSON path, line and column. Answered with a 400 problem by
 * {@link ReportProblemHandler}.
 */
public class MalformedReportException extends HttpMessageNotReadableException {

  private static final long serialVersionUID = 1L;

  /**
   * Wraps the reader's error.
   *
   * @param cause what the reader found
   * @param input the request body
   */
  public MalformedReportException(ReportFormatException cause, HttpInputMessage input) {
    super(cause.getMessage(), cause, input);
  }

  /**
   * What the reader found.
   *
   * @return the reader's error
   */
  public ReportFormatException getFormatError() {
    return (ReportFormatException) getCause();
  }
}
