package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.ImmutableParagraph;
import dev.fazhi.core.model.ImmutableRate;
import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A report whose tree holds an implementation of a model interface of the caller's own is checked
 * exactly as the same report made of the model's classes, never skipped.
 */
class ForeignModelClassesTest {

  /** The clean sample with a wrong rate (166 of 359 is 46.2 %, not 52.0 %) in its first paragraph. */
  private static ImmutableReport faulty() {
    ImmutableReport clean = SampleReports.clean();
    Section measures = clean.getSections().get(0);
    Section first = measures.getSections().get(0);
    Paragraph paragraph = first.getParagraphs().get(0);
    Rate wrong = ImmutableRate.copyOf(SampleReports.rate()).withRatePercent(new BigDecimal("52.0"));
    Paragraph changed = ImmutableParagraph.copyOf(paragraph).withFigures(paragraph.getFigures().get(0), wrong);
    return replaceFirstParagraph(clean, changed);
  }

  private static ImmutableReport replaceFirstParagraph(ImmutableReport report, Paragraph paragraph) {
    Section measures = report.getSections().get(0);
    Section first = ImmutableSection.copyOf(measures.getSections().get(0)).withParagraphs(paragraph);
    Section changed = ImmutableSection.copyOf(measures).withSections(
        first, measures.getSections().get(1), measures.getSections().get(2));
    return report.withSections(changed, report.getSections().get(1), report.getSections().get(2),
        report.getSections().get(3));
  }

  /** An implementation of a model interface that is not one of the model's classes. */
  private static <T> T foreign(Class<T> type, T target) {
    Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (self, method, arguments) -> {
          try {
            return method.invoke(target, arguments);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    return type.cast(proxy);
  }

  private static List<Finding> findings(ReportValidator validator, Report report) {
    return validator.validate(report).getFindings();
  }

  @Test
  void theFaultyReportHasTheRateFinding() {
    assertThat(ReportValidator.defaults().validate(faulty()).first("metric.rate-mismatch")).isPresent();
  }

  @Test
  void aForeignReportIsCheckedLikeTheModelsOwn() {
    for (ReportValidator validator : List.of(ReportValidator.builder().locale(Locale.SIMPLIFIED_CHINESE).build(),
        ReportValidator.builder().locale(Locale.ENGLISH).build())) {
      ImmutableReport report = faulty();
      List<Finding> expected = findings(validator, report);
      assertThat(findings(validator, foreign(Report.class, report))).isEqualTo(expected);
      // and again, so the fallback is built once and reused
      assertThat(findings(validator, foreign(Report.class, report))).isEqualTo(expected);
      assertThat(findings(validator, report)).isEqualTo(expected);
    }
  }

  @Test
  void aForeignParagraphOrFigureDeepInTheTreeIsCheckedLikeTheModelsOwn() {
    ReportValidator validator = ReportValidator.defaults();
    ImmutableReport report = faulty();
    List<Finding> expected = findings(validator, report);
    Paragraph paragraph = report.getSections().get(0).getSections().get(0).getParagraphs().get(0);
    assertThat(findings(validator, replaceFirstParagraph(report, foreign(Paragraph.class, paragraph))))
        .isEqualTo(expected);
    Figure rate = paragraph.getFigures().get(1);
    Paragraph withForeignRate = ImmutableParagraph.copyOf(paragraph)
        .withFigures(paragraph.getFigures().get(0), foreign(Rate.class, (Rate) rate));
    assertThat(findings(validator, replaceFirstParagraph(report, withForeignRate))).isEqualTo(expected);
  }

  @Test
  void aParagraphSharedByTwoSectionsIsCheckedAtBothPlaces() {
    // One paragraph instance met twice in the tree is checked twice, whatever classes the tree is
    // made of. (Both findings name the section the instance is first met in.)
    ImmutableReport report = faulty();
    Section measures = report.getSections().get(0);
    Paragraph faultyParagraph = measures.getSections().get(0).getParagraphs().get(0);
    Section second = ImmutableSection.copyOf(measures.getSections().get(1))
        .withParagraphs(measures.getSections().get(1).getParagraphs().get(0), faultyParagraph);
    Section changed = ImmutableSection.copyOf(measures).withSections(
        measures.getSections().get(0), second, measures.getSections().get(2));
    ImmutableReport shared = report.withSections(changed, report.getSections().get(1),
        report.getSections().get(2), report.getSections().get(3));
    ReportValidator validator = ReportValidator.defaults();
    List<Finding> defaultScope = findings(validator, foreign(Report.class, shared));
    assertThat(defaultScope.stream().filter(f -> f.getRule().equals("metric.rate-mismatch"))).hasSize(2);
    assertThat(findings(validator, shared)).isEqualTo(defaultScope);

    Section sharedSection = measures.getSections().get(0);
    Section twice = ImmutableSection.copyOf(measures).withSections(
        sharedSection, measures.getSections().get(1), sharedSection);
    ImmutableReport sectionTwice = report.withSections(twice, report.getSections().get(1),
        report.getSections().get(2), report.getSections().get(3));
    assertThat(findings(validator, sectionTwice))
        .isEqualTo(findings(validator, foreign(Report.class, sectionTwice)));
  }

  @Test
  void eachRuleRunsOncePerReportAlsoWithAForeignClassDeepInTheTree() {
    AtomicInteger runs = new AtomicInteger();
    Rule counting = new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return RuleDescriptor.builder().id("test.counting").defaultSeverity(Severity.INFO).build();
      }

      @Override
      public void check(Report report, FindingSink findings) {
        runs.incrementAndGet();
      }
    };
    ReportValidator validator = ReportValidator.builder().addRule(counting).build();
    ImmutableReport report = faulty();
    Paragraph paragraph = report.getSections().get(0).getSections().get(0).getParagraphs().get(0);
    validator.validate(replaceFirstParagraph(report, foreign(Paragraph.class, paragraph)));
    assertThat(runs).hasValue(1);
    validator.validate(report);
    assertThat(runs).hasValue(2);
  }
}
