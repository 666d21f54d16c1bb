package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableTaskCompletion;
import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.Report;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Jakarta Validator obtained the standard way reports the same findings, because the constraints sit
 * on the model and their validators are found through the service loader.
 */
class JakartaValidatorTest {

  private static Locale before;
  private static ValidatorFactory factory;

  @BeforeAll
  static void bootstrap() {
    before = Locale.getDefault();
    Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    factory = Validation.buildDefaultValidatorFactory();
  }

  @AfterAll
  static void close() {
    factory.close();
    Locale.setDefault(before);
  }

  private static Report faulty() {
    return RulesTest.withFigures(ImmutableTaskCompletion.copyOf(SampleReports.completion())
        .withAssigned(331)).withIssuer((Issuer) null);
  }

  @Test
  void plainValidatorReportsTheFindingsWithRuleIdAndSeverityInTheDynamicPayload() {
    Validator validator = factory.getValidator();
    Set<ConstraintViolation<Report>> violations = validator.validate(faulty());
    Map<String, ConstraintViolation<Report>> byRule = violations.stream().collect(Collectors.toMap(
        v -> FindingPayload.of(v).orElseThrow().getRule(), v -> v));
    assertThat(byRule).containsOnlyKeys("metric.rate-mismatch", "meta.issuer-missing");
    ConstraintViolation<Report> rate = byRule.get("metric.rate-mismatch");
    HibernateConstraintViolation<?> hibernate = rate.unwrap(HibernateConstraintViolation.class);
    FindingPayload payload = hibernate.getDynamicPayload(FindingPayload.class);
    assertThat(payload.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(rate.getMessage()).isEqualTo("完成数254 + 关闭数67 ≠ 任务数331，与所称完结率100%不符");
    assertThat(rate.getPropertyPath()).hasToString("sections[0].sections[0].paragraphs[0].figures[0].ratePercent");
    assertThat(byRule.get("meta.issuer-missing").getPropertyPath()).hasToString("issuer");
  }

  @Test
  void plainValidatorAndReportValidatorAgree() {
    List<Finding> viaJakarta = factory.getValidator().validate(faulty()).stream()
        .map(v -> Finding.of(v).orElseThrow()).collect(Collectors.toList());
    assertThat(ValidationResult.of(viaJakarta))
        .isEqualTo(ReportValidator.defaults().validate(faulty()));
  }

  @Test
  void pathsUseTheJsonFieldNames() {
    Set<String> paths = factory.getValidator()
        .validate(RulesTest.withFigures(dev.fazhi.core.model.ImmutableBreakdown
            .copyOf(SampleReports.breakdown()).withTotal(6).withParts(7L, -2L)))
        .stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    assertThat(paths).containsExactlyInAnyOrder(
        "sections[0].sections[0].paragraphs[0].figures[0].parts[1].<list element>",
        "sections[0].sections[0].paragraphs[0].figures[0].parts",
        // the same subject's total, 7 in the untouched breakdown: a report-level finding's path
        "sections[0].sections[1].paragraphs[0].figures[0]");
  }

  @Test
  void aViolationOfAnotherConstraintIsNoFinding() {
    ConstraintViolation<Named> foreign = factory.getValidator().validate(new Named()).iterator()
        .next();
    assertThat(Finding.of(foreign)).isEmpty();
    assertThat(FindingPayload.of(foreign)).isEmpty();
  }

  @Test
  void theHostApplicationsValidationMessagesKeepTheirPlace() {
    ConstraintViolation<Named> foreign = factory.getValidator().validate(new Named()).iterator()
        .next();
    assertThat(foreign.getMessage()).isEqualTo("host: must be given");
    assertThat(factory.getValidator().validate(faulty()))
        .extracting(ConstraintViolation::getMessage).contains("无法确定报告的发文机关");
  }

  static final class Named {
    @jakarta.validation.constraints.NotNull
    final String name = null;
  }
}
