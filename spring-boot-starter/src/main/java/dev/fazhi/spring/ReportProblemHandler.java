package dev.fazhi.spring;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.ValidationResult;
import dev.fazhi.validation.json.CheckedReport;
import dev.fazhi.validation.json.FindingsJson;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the two ways a report request fails, in the request's language ({@link RequestLanguage}):
 *
 * <ul>
 *   <li>a body that is not a report in the JSON form ({@link MalformedReportException}): 400, an RFC
 *       9457 problem ({@code application/problem+json}) whose {@code detail} is the reader's message
 *       and whose {@code jsonPath}, {@code line} and {@code column} say where;
 *   <li>a {@code @Valid Report} with findings at or above {@code fazhi.web.fail-on}: 422, the findings
 *       JSON ({@link FindingsJson}) of the report, with every finding, whose {@code source} is the
 *       request path.
 * </ul>
 *
 * <p>A {@code MethodArgumentNotValidException} for anything but a report is passed on unchanged to
 * Spring's own handling. Declare a bean of this type to replace it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class ReportProblemHandler {

  private final ReportValidators validators;
  private final RequestLanguage language;

  /**
   * A handler that renders findings with the shared validators.
   *
   * @param validators the shared validators
   * @param language the language policy
   */
  public ReportProblemHandler(ReportValidators validators, RequestLanguage language) {
    this.validators = validators;
    this.language = language;
  }

  /**
   * A malformed report body: 400 with a problem.
   *
   * @param e the reader's error, wrapped
   * @param request the request
   * @return the problem
   */
  @ExceptionHandler(MalformedReportException.class)
  public ResponseEntity<ProblemDetail> malformed(MalformedReportException e,
      HttpServletRequest request) {
    Locale locale = language.of(request);
    ReportFormatException error = e.getFormatError();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        error.getMessage(locale));
    problem.setTitle(StarterMessages.get("problem.malformed.title", locale));
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("jsonPath", error.getPath().orElse(null));
    problem.setProperty("line", error.getLine().isPresent() ? error.getLine().getAsInt() : null);
    problem.setProperty("column", error.getColumn().isPresent() ? error.getColumn().getAsInt() : null);
    problem.setProperty("reason", error.getReason(locale));
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header("Content-Language", locale.toLanguageTag()).body(problem);
  }

  /**
   * A report that failed {@code @Valid}: 422 with its findings.
   *
   * @param e the binding failure
   * @param request the request
   * @return the findings JSON
   * @throws MethodArgumentNotValidException when the failed argument is not a report
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<String> invalid(MethodArgumentNotValidException e, HttpServletRequest request)
      throws MethodArgumentNotValidException {
    if (!(e.getBindingResult().getTarget() instanceof Report report)) {
      throw e;
    }
    Locale locale = language.of(request);
    ValidationResult result = validators.forLocale(locale).validate(report);
    String body = FindingsJson.toJson(CheckedReport.of(request.getRequestURI(), report, "json", result));
    return ResponseEntity.unprocessableContent()
        .contentType(new MediaType(MediaType.APPLICATION_JSON, java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Language", locale.toLanguageTag())
        .body(body);
  }
}
