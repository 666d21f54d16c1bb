package dev.fazhi.validation;

import static dev.fazhi.validation.SampleReports.clean;
import static dev.fazhi.validation.SampleReports.paragraph;
import static dev.fazhi.validation.SampleReports.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.ImmutableParagraph;
import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every rule's test needs: the findings of one rule on a report (through the default validator,
 * so the rule runs as it does in production), the assertion that there is exactly one or none, and
 * the clean sample report with one thing changed.
 */
public final class RuleTesting {

  private RuleTesting() {}

  private static final ReportValidator VALIDATOR =
      ReportValidator.builder().locale(Locale.SIMPLIFIED_CHINESE).build();

  public static List<Finding> findings(Report report, String rule) {
    return VALIDATOR.validate(report).findings(rule);
  }

  public static Finding only(Report report, String rule) {
    List<Finding> found = findings(report, rule);
    assertThat(found).as("findings of %s", rule).hasSize(1);
    Finding finding = found.get(0);
    assertThat(finding.getRule()).isEqualTo(rule);
    assertThat(finding.getSeverity()).isEqualTo(RuleCatalog.find(rule).orElseThrow().getDefaultSeverity());
    assertThat(finding.getMessage()).doesNotContain("{").doesNotContain("dev.fazhi");
    return finding;
  }

  public static void none(Report report, String rule) {
    assertThat(findings(report, rule)).as("findings of %s", rule).isEmpty();
  }

  public static ImmutableReport top(Section... sections) {
    return clean().withSections(sections);
  }

  public static Section measures() {
    return clean().getSections().get(0);
  }

  public static Section shortcomings() {
    return clean().getSections().get(1);
  }

  public static Section responsibility() {
    return clean().getSections().get(2);
  }

  public static Section plan() {
    return clean().getSections().get(3);
  }

  /** The clean report with the figures of the first measure replaced. */
  public static ImmutableReport withFigures(Figure... figures) {
    Section measures = measures();
    Section first = measures.getSections().get(0);
    Section changed = ImmutableSection.copyOf(first).withParagraphs(
        ImmutableParagraph.copyOf(first.getParagraphs().get(0)).withFigures(figures));
    List<Section> children = new ArrayList<>(measures.getSections());
    children.set(0, changed);
    return top(ImmutableSection.copyOf(measures).withSections(children), shortcomings(),
        responsibility(), plan());
  }

  public static ImmutableReport withMeasureChildren(Section... children) {
    return top(ImmutableSection.copyOf(measures()).withSections(children), shortcomings(),
        responsibility(), plan());
  }

  public static Section child(int number, String text) {
    return section(2, NumberingStyle.CHINESE_PAREN, number, text, paragraph("开展工作12项。"));
  }

  /** The clean report with the first paragraph of the first measure saying a text. */
  public static ImmutableReport saying(String text) {
    Section first = measures().getSections().get(0);
    Section changed = ImmutableSection.copyOf(first).withParagraphs(
        ImmutableParagraph.copyOf(first.getParagraphs().get(0)).withText(text));
    List<Section> children = new ArrayList<>(measures().getSections());
    children.set(0, changed);
    return top(ImmutableSection.copyOf(measures()).withSections(children), shortcomings(),
        responsibility(), plan());
  }

  /** The clean report with the first paragraph of the first measure saying a text at a location. */
  public static ImmutableReport sayingAt(String text, SourceLocation location) {
    Section first = measures().getSections().get(0);
    Section changed = ImmutableSection.copyOf(first).withParagraphs(
        ImmutableParagraph.copyOf(first.getParagraphs().get(0)).withText(text).withLocation(location));
    List<Section> children = new ArrayList<>(measures().getSections());
    children.set(0, changed);
    return top(ImmutableSection.copyOf(measures()).withSections(children), shortcomings(),
        responsibility(), plan());
  }
}
