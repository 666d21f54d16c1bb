package dev.fazhi.spring;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.Severity;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Makes {@code @Valid Report} (and {@code @Validated}) check a report with the shared validator of the
 * request's language, with the rules, deadline and severities of {@code fazhi.validation.*}, instead of
 * the application's generic Jakarta validator: a finding at or above {@code fazhi.web.fail-on} fails
 * the argument, and {@link ReportProblemHandler} answers with the findings.
 */
@ControllerAdvice
public class ReportBinding {

  private final ReportValidators validators;
  private final RequestLanguage language;
  private final Severity failOn;

  /**
   * The binding of reports.
   *
   * @param validators the shared validators
   * @param language the language policy
   * @param failOn the lowest severity that fails a report
   */
  public ReportBinding(ReportValidators validators, RequestLanguage language, Severity failOn) {
    this.validators = validators;
    this.language = language;
    this.failOn = failOn;
  }

  /**
   * Puts the report validator on a binder whose target is a report.
   *
   * @param binder the binder of one argument
   */
  @InitBinder
  public void bindReports(WebDataBinder binder) {
    if (binder.getTarget() instanceof Report) {
      binder.replaceValidators(new ReportArgumentValidator());
    }
  }

  /** The Spring {@link Validator} of a report argument. */
  private final class ReportArgumentValidator implements Validator {

    @Override
    public boolean supports(Class<?> clazz) {
      return Report.class.isAssignableFrom(clazz);
    }

    @Override
    public void validate(Object target, Errors errors) {
      for (Finding finding : validators.forLocale(language.current()).validate((Report) target)
          .getFindings()) {
        if (finding.getSeverity().isAtLeast(failOn)) {
          errors.reject(finding.getRule(), finding.getMessage());
        }
      }
    }
  }
}
