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
 * A Jakarta Validator obtained the standard way reports the same findings (ids, severities, messages,
 * locations), because {@code @ConsistentReport} sits on the model and its validator, found through the
 * service loader, runs the rule engine.
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
    return RuleTesting.withFigures(ImmutableTaskCompletion.copyOf(SampleReports.completion())
        .withAssigned(331)).withIssuer((Issuer) null);
  }

  @Test
  void plainValidatorReportsTheFindingsWithTheFindingAsDynamicPayload() {
    Validator validator = factory.getValidator();
    Set<ConstraintViolation<Report>> violations = validator.validate(faulty());
    Map<String, ConstraintViolation<Report>> byRule = violations.stream().collect(Collectors.toMap(
        v -> Finding.of(v).orElseThrow().getRule(), v -> v));
    assertThat(byRule).containsOnlyKeys("metric.rate-mismatch", "meta.issuer-missing");
    ConstraintViolation<Report> rate = byRule.get("metric.rate-mismatch");
    HibernateConstraintViolation<?> hibernate = rate.unwrap(HibernateConstraintViolation.class);
    Finding finding = hibernate.getDynamicPayload(Finding.class);
    assertThat(finding.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(finding.getSection()).contains(
        "一、2023年推进法治政府建设的主要举措和成效 / （一）严格规范公正文明执法");
    assertThat(rate.getMessage()).isEqualTo("完成数254 + 关闭数67 ≠ 任务数331，与所称完结率100%不符");
    assertThat(rate.getPropertyPath()).hasToString("metric.rate-mismatch[0]");
    assertThat(byRule.get("meta.issuer-missing").getPropertyPath())
        .hasToString("meta.issuer-missing[0]");
  }

  @Test
  void plainValidatorAndReportValidatorAgree() {
    List<Finding> viaJakarta = factory.getValidator().validate(faulty()).stream()
        .map(v -> Finding.of(v).orElseThrow()).collect(Collectors.toList());
    assertThat(ValidationResult.of(viaJakarta))
        .isEqualTo(ReportValidator.defaults().validate(faulty()));
  }

  @Test
  void twoFindingsOfOneRuleWithOneMessageStayTwoViolations() {
    Report doubled = SampleReports.clean().withTitle("某区司法局关于2023年法治政府建设情况的报告，，。。");
    List<Finding> viaJakarta = factory.getValidator().validate(doubled).stream()
        .map(v -> Finding.of(v).orElseThrow()).collect(Collectors.toList());
    assertThat(ValidationResult.of(viaJakarta))
        .isEqualTo(ReportValidator.defaults().validate(doubled));
    assertThat(viaJakarta).filteredOn(f -> f.getRule().equals("text.doubled-punctuation"))
        .hasSize(2);
  }

  @Test
  void messagesWithBracesAndDollarsArePassedOnLiterally() {
    Report odd = SampleReports.clean().withTitle("{title} ${1+1} \\ 的报告");
    List<String> viaJakarta = factory.getValidator().validate(odd).stream()
        .map(ConstraintViolation::getMessage).collect(Collectors.toList());
    assertThat(viaJakarta).containsAll(ReportValidator.defaults().validate(odd).getFindings()
        .stream().map(Finding::getMessage).collect(Collectors.toList()));
  }

  @Test
  void aViolationOfAnotherConstraintIsNoFinding() {
    ConstraintViolation<Named> foreign = factory.getValidator().validate(new Named()).iterator()
        .next();
    assertThat(Finding.of(foreign)).isEmpty();
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
