package dev.fazhi.validation.constraintvalidators;

import dev.fazhi.core.Language;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.constraints.ConsistentReport;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.ValidationResult;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The Jakarta Validation adapter of the rule engine: {@code @ConsistentReport} on the report runs a
 * {@link ReportValidator} (every rule at its default severity, 1 April, the rules listed as services)
 * and raises one constraint violation per finding. The message is the finding's, rendered in the JVM's
 * default locale (the one a Jakarta {@code Validator} interpolates in) and passed on literally; the
 * finding itself rides on the violation as Hibernate Validator's dynamic payload
 * ({@link Finding#of(jakarta.validation.ConstraintViolation)}); the property path is the rule id and
 * the finding's index among that rule's findings ({@code metric.breakdown-sum[0]}), so that two
 * findings of one rule with one message stay two violations.
 *
 * <p>Thread-safe: validators are kept per language and shared.
 */
public final class ConsistentReportValidator
    implements ConstraintValidator<ConsistentReport, Report> {

  private static final Map<Boolean, ReportValidator> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** Creates the validator; Hibernate Validator instantiates it. */
  public ConsistentReportValidator() {}

  @Override
  public boolean isValid(Report report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    ValidationResult result = BY_LANGUAGE.computeIfAbsent(Language.isChinese(Language.defaultLocale()),
        chinese -> ReportValidator.builder()
            .locale(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).build())
        .validate(report);
    if (result.isEmpty()) {
      return true;
    }
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.disableDefaultConstraintViolation();
    Map<String, Integer> perRule = new HashMap<>();
    for (Finding finding : result.getFindings()) {
      int index = perRule.merge(finding.getRule(), 1, Integer::sum) - 1;
      hibernate.withDynamicPayload(finding);
      hibernate.buildConstraintViolationWithTemplate(literal(finding.getMessage()))
          .addPropertyNode(finding.getRule()).addBeanNode().inIterable().atIndex(index)
          .addConstraintViolation();
    }
    return false;
  }

  /** A message template that renders as the text itself: braces, dollars and backslashes escaped. */
  private static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
