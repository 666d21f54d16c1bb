package dev.fazhi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.FigureKind;
import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text reader of fazhi-core, run on each bundled text through {@link SampleReports#bundledTextReport},
 * gives the report the samples' README describes: the bundled JSON model.
 */
class BundledTextReportTest {

  /** The figures a reader must find; it may find more counts and amounts. */
  private static final Set<FigureKind> CHECKABLE =
      EnumSet.of(FigureKind.TASK_COMPLETION, FigureKind.RATE, FigureKind.BREAKDOWN, FigureKind.SUBSET);

  static List<String> samples() {
    return SampleReports.bundledNames();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void keepsTheTextAndNamesTheSample(String name) {
    Report read = SampleReports.bundledTextReport(name);

    assertThat(read.getSource()).hasValue(name + ".txt");
    assertThat(read.getSourceText()).hasValue(SampleReports.bundledText(name));
    assertThat(SampleReports.bundledTextReport(name + ".txt")).isEqualTo(read);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void readsTheTitleIssuerYearAndDatesOfTheModel(String name) {
    Report model = SampleReports.bundled(name);
    Report read = SampleReports.bundledTextReport(name);

    assertThat(read.getTitle()).isEqualTo(model.getTitle());
    assertThat(read.getIssuer().map(Issuer::getName)).isEqualTo(model.getIssuer().map(Issuer::getName));
    assertThat(read.getReportingYear()).isEqualTo(model.getReportingYear());
    assertThat(read.getSignedOn()).isEqualTo(model.getSignedOn());
    assertThat(read.getSignedOnLocation()).isEqualTo(model.getSignedOnLocation());
    assertThat(read.getPublishedOn()).isEqualTo(model.getPublishedOn());
    assertThat(read.getPublishedOnLocation()).isEqualTo(model.getPublishedOnLocation());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void readsTheHeadingTreeAndPartsOfTheModel(String name) {
    Report model = SampleReports.bundled(name);
    Report read = SampleReports.bundledTextReport(name);

    assertThat(headings(read)).containsExactlyElementsOf(headings(model));
    assertThat(read.partsWithSections()).isEqualTo(model.partsWithSections());
    assertThat(embedded(read)).isEqualTo(embedded(model));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void findsEveryCheckableFigureOfTheModel(String name) {
    Report model = SampleReports.bundled(name);
    Report read = SampleReports.bundledTextReport(name);

    assertThat(checkable(read)).containsAll(checkable(model));
  }

  @Test
  void theCleanTextReadFromTextTriggersNoFinding() {
    FazhiAssertions.assertThat(ReportValidator.defaults()
        .validate(SampleReports.bundledTextReport("qingshan-justice-2024-clean"))).hasNoFindings();
  }

  @ParameterizedTest
  @ValueSource(strings = {"yunxi-market-2023-webcopy", "linjiang-ecology-2022-thematic"})
  void theValidatorFindsTheSameInTheReadTextAsInTheModel(String name) {
    ReportValidator validator = ReportValidator.defaults();

    assertThat(places(validator.validate(SampleReports.bundledTextReport(name)).getFindings()))
        .containsExactlyElementsOf(places(validator.validate(SampleReports.bundled(name)).getFindings()));
  }

  /** Each heading as written, with its level, part and line. */
  private static List<String> headings(Report report) {
    return report.allSections().stream().map(BundledTextReportTest::heading).toList();
  }

  private static String heading(Section section) {
    return section.getHeading().getLevel() + " " + section.getHeading().fullText()
        + section.getPart().map(part -> " " + part).orElse("")
        + section.getLocation().map(where -> " line " + where.getLine()).orElse("");
  }

  private static Map<Part, Part> embedded(Report report) {
    return report.getEmbeddedParts().entrySet().stream().collect(Collectors.toMap(
        Map.Entry::getKey, entry -> entry.getValue().getEmbeddedIn(), (a, b) -> a, TreeMap::new));
  }

  /** The checkable figures by kind, numbers and line; subjects and quotes may be cut differently. */
  private static List<String> checkable(Report report) {
    return report.allFigures().stream().filter(figure -> CHECKABLE.contains(figure.kind()))
        .map(BundledTextReportTest::numbers).toList();
  }

  private static String numbers(Figure figure) {
    String line = figure.getLocation().map(where -> " line " + where.getLine()).orElse("");
    if (figure instanceof TaskCompletion task) {
      return "TASK_COMPLETION " + task.getAssigned() + " " + task.getCompleted() + " " + task.getClosed() + line;
    }
    if (figure instanceof Rate rate) {
      return "RATE " + rate.getNumerator() + "/" + rate.getDenominator() + " " + rate.getRatePercent() + line;
    }
    if (figure instanceof Breakdown breakdown) {
      return "BREAKDOWN " + breakdown.getTotal() + " " + breakdown.getParts() + line;
    }
    Subset subset = (Subset) figure;
    return "SUBSET " + subset.getSubset() + " of " + subset.getTotal() + line;
  }

  /** Each finding by rule and line, in the result's order. */
  private static List<String> places(List<Finding> findings) {
    return findings.stream().map(f -> f.getRule() + f.getLocation().map(where -> " line " + where.getLine())
        .orElse("")).toList();
  }
}
