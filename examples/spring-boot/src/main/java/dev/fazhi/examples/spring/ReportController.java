package dev.fazhi.examples.spring;

import dev.fazhi.core.model.Report;
import dev.fazhi.spring.ReportValidators;
import dev.fazhi.spring.RequestLanguage;
import dev.fazhi.validation.json.CheckedReport;
import dev.fazhi.validation.json.FindingsJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /reports}: a report in the library's JSON form. A report that passes {@code @Valid}
 * (no finding at or above {@code fazhi.web.fail-on}) is answered 200 with its findings JSON, which may
 * still list warnings; the starter answers a faulty one 422 with its findings and a malformed one 400
 * with a problem, before this method is called.
 */
@RestController
class ReportController {

  private final ReportValidators validators;
  private final RequestLanguage language;

  ReportController(ReportValidators validators, RequestLanguage language) {
    this.validators = validators;
    this.language = language;
  }

  @PostMapping(path = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  String check(@Valid @RequestBody Report report, HttpServletRequest request) {
    return FindingsJson.toJson(CheckedReport.of(request.getRequestURI(), report, "json",
        validators.forLocale(language.of(request)).validate(report)));
  }
}
