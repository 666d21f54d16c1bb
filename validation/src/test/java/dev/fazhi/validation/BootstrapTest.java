package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.ImmutableTaskCompletion;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  @Test
  void validatingRebuildsNothing() {
    ReportValidator validator = ReportValidator.builder().build();
    validator.validate(SampleReports.clean());
    int rules = MarkedTitleRule.INSTANCES.get();
    assertThat(rules).isPositive();
    for (int i = 0; i < 50; i++) {
      validator.validate(SampleReports.clean());
      ReportValidator.defaults().validate(SampleReports.clean());
    }
    ReportValidator.builder().build();
    assertThat(MarkedTitleRule.INSTANCES.get()).isEqualTo(rules);
  }

  @Test
  void deeplyNestedSectionsAreValidatedWithoutOverflow() {
    Section deepest = Section.builder().heading(Heading.numbered(1, NumberingStyle.ARABIC_PAREN, 1, "末级"))
        .addParagraphs(Paragraph.builder().text("完成任务。").addFigures(ImmutableTaskCompletion
            .copyOf(SampleReports.completion()).withAssigned(331)).build())
        .build();
    Section current = deepest;
    for (int depth = 0; depth < 400; depth++) {
      current = Section.builder().heading(Heading.unnumbered(1, "层" + depth)).addSections(current).build();
    }
    Report report = SampleReports.clean().withSections(current);
    ValidationResult result = ReportValidator.defaults().validate(report);
    Finding mismatch = result.first("metric.rate-mismatch").orElseThrow();
    assertThat(mismatch.getSection().orElseThrow()).startsWith("层399 / 层398").endsWith("（1）末级");
  }
}
