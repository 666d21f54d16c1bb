package dev.fazhi.testing;

import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.EmbeddedPart;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.FigureKind;
import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Report}, in the AssertJ style: start with
 * {@link FazhiAssertions#assertThat(Report)} (or {@code softly.assertThat(report)} with
 * {@link FazhiSoftAssertions}) and chain.
 *
 * <pre>{@code
 * assertThat(report)
 *     .hasIssuer("青山区司法局")
 *     .hasReportingYear(2024)
 *     .hasPart(Part.SHORTCOMINGS_AND_CAUSES)
 *     .hasRate(47, 260, "18.1");
 * }</pre>
 *
 * <p>Every failure says what was expected and what the report holds instead: the issuer it has, the parts
 * present with their headings, the figures present with their lines and quotes. A description set with
 * {@code as(...)} prefixes the message as usual.
 *
 * <p>The class is not final so that soft assertions can proxy it; extend it only for that purpose.
 */
public class ReportAssert extends AbstractAssert<ReportAssert, Report> {

  /**
   * Creates an assertion on a report; prefer {@link FazhiAssertions#assertThat(Report)}.
   *
   * @param actual the report under test, may be null (every assertion then fails)
   */
  public ReportAssert(Report actual) {
    super(actual, ReportAssert.class);
  }

  /**
   * Verifies that the report names this issuing organ.
   *
   * @param name the organ's name, such as {@code 青山区司法局}
   * @return this assertion
   */
  public ReportAssert hasIssuer(String name) {
    Objects.requireNonNull(name, "name");
    isNotNull();
    String found = actual.getIssuer().map(Issuer::getName).orElse(null);
    if (!name.equals(found)) {
      reportFailure("to have issuer \"" + name + "\"",
          found == null ? "but it has no identifiable issuer" : "but its issuer is \"" + found + "\"");
    }
    return this;
  }

  /**
   * Verifies that the report's reporting year is this one.
   *
   * @param year the year the report is about, such as 2024
   * @return this assertion
   */
  public ReportAssert hasReportingYear(int year) {
    isNotNull();
    if (actual.getReportingYear().isEmpty()) {
      reportFailure("to have reporting year " + year, "but it has no identifiable reporting year");
    } else if (actual.getReportingYear().getAsInt() != year) {
      reportFailure("to have reporting year " + year,
          "but its reporting year is " + actual.getReportingYear().getAsInt());
    }
    return this;
  }

  /**
   * Verifies that the report's title is exactly this one.
   *
   * @param title the title as written, joined where the source broke it
   * @return this assertion
   */
  public ReportAssert hasTitle(String title) {
    Objects.requireNonNull(title, "title");
    isNotNull();
    if (!title.equals(actual.getTitle())) {
      reportFailure("to have title \"" + title + "\"", "but its title is \"" + actual.getTitle() + "\"");
    }
    return this;
  }

  /**
   * Verifies that the report's title contains this text.
   *
   * @param text the text, such as {@code 法治政府建设}
   * @return this assertion
   */
  public ReportAssert hasTitleContaining(String text) {
    Objects.requireNonNull(text, "text");
    isNotNull();
    if (!actual.getTitle().contains(text)) {
      reportFailure("to have a title containing \"" + text + "\"", "but its title is \"" + actual.getTitle() + "\"");
    }
    return this;
  }

  /**
   * Verifies that a part of the report has a section of its own.
   *
   * @param part the part
   * @return this assertion
   */
  public ReportAssert hasPart(Part part) {
    Objects.requireNonNull(part, "part");
    isNotNull();
    if (actual.sectionsOf(part).isEmpty()) {
      EmbeddedPart embedded = actual.getEmbeddedParts().get(part);
      reportFailure("to have a section of its own for part " + part + " (" + part.regulationWording() + ")",
          (embedded == null ? "but it has none" : "but it is only discussed inside " + embedded.getEmbeddedIn())
              + "\n" + ReportDescription.parts(actual));
    }
    return this;
  }

  /**
   * Verifies that a part of the report is absent: it has no section of its own and is not discussed
   * inside another part.
   *
   * @param part the part
   * @return this assertion
   */
  public ReportAssert hasNoPart(Part part) {
    Objects.requireNonNull(part, "part");
    isNotNull();
    List<Section> sections = actual.sectionsOf(part);
    EmbeddedPart embedded = actual.getEmbeddedParts().get(part);
    if (!sections.isEmpty()) {
      reportFailure("not to have part " + part, "but it has a section for it: " + ReportDescription.heading(sections.get(0))
          + "\n" + ReportDescription.parts(actual));
    } else if (embedded != null) {
      reportFailure("not to have part " + part, "but it is discussed inside " + embedded.getEmbeddedIn()
          + "\n" + ReportDescription.parts(actual));
    }
    return this;
  }

  /**
   * Verifies that a part has no section of its own but is discussed inside another part, such as the
   * principal leaders' duties discussed under the measures.
   *
   * @param part the embedded part
   * @param in the part it is discussed inside
   * @return this assertion
   */
  public ReportAssert hasEmbeddedPart(Part part, Part in) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(in, "in");
    isNotNull();
    EmbeddedPart embedded = actual.getEmbeddedParts().get(part);
    if (embedded == null || embedded.getEmbeddedIn() != in) {
      String but;
      if (embedded != null) {
        but = "but it is discussed inside " + embedded.getEmbeddedIn();
      } else if (!actual.sectionsOf(part).isEmpty()) {
        but = "but it has a section of its own: " + ReportDescription.heading(actual.sectionsOf(part).get(0));
      } else {
        but = "but it is not discussed anywhere";
      }
      reportFailure("to discuss part " + part + " inside " + in, but + "\n" + ReportDescription.parts(actual));
    }
    return this;
  }

  /**
   * Verifies the signing (成文) date.
   *
   * @param date the expected date
   * @return this assertion
   */
  public ReportAssert hasSignedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    isNotNull();
    if (!actual.getSignedOn().equals(Optional.of(date))) {
      reportFailure("to be signed on " + date, actual.getSignedOn()
          .map(found -> "but it is signed on " + found + ReportDescription.at(actual.getSignedOnLocation()))
          .orElse("but it carries no signing date"));
    }
    return this;
  }

  /**
   * Verifies that the report carries no signing date.
   *
   * @return this assertion
   */
  public ReportAssert hasNoSigningDate() {
    isNotNull();
    actual.getSignedOn().ifPresent(found -> reportFailure("to carry no signing date",
        "but it is signed on " + found + ReportDescription.at(actual.getSignedOnLocation())));
    return this;
  }

  /**
   * Verifies the publication date.
   *
   * @param date the expected date
   * @return this assertion
   */
  public ReportAssert hasPublishedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    isNotNull();
    if (!actual.getPublishedOn().equals(Optional.of(date))) {
      reportFailure("to be published on " + date, actual.getPublishedOn()
          .map(found -> "but it is published on " + found + ReportDescription.at(actual.getPublishedOnLocation()))
          .orElse("but it carries no publication date"));
    }
    return this;
  }

  /**
   * Verifies that the report carries no publication date.
   *
   * @return this assertion
   */
  public ReportAssert hasNoPublicationDate() {
    isNotNull();
    actual.getPublishedOn().ifPresent(found -> reportFailure("to carry no publication date",
        "but it is published on " + found + ReportDescription.at(actual.getPublishedOnLocation())));
    return this;
  }

  /**
   * Verifies that the report states at least one figure of a kind.
   *
   * @param kind the kind
   * @return this assertion
   */
  public ReportAssert hasMetric(FigureKind kind) {
    Objects.requireNonNull(kind, "kind");
    return hasMetricMatching(figure -> figure.kind() == kind, "a " + kind + " figure");
  }

  /**
   * Verifies that the report states no figure of a kind.
   *
   * @param kind the kind
   * @return this assertion
   */
  public ReportAssert hasNoMetric(FigureKind kind) {
    Objects.requireNonNull(kind, "kind");
    isNotNull();
    for (Figure figure : actual.allFigures()) {
      if (figure.kind() == kind) {
        reportFailure("to state no " + kind + " figure", "but it states " + ReportDescription.figure(figure)
            + "\nFigures present:\n" + ReportDescription.figures(actual));
      }
    }
    return this;
  }

  /**
   * Verifies that the report states a task completion with these counts, whatever its closed count and
   * rate.
   *
   * @param assigned the tasks assigned
   * @param completed the tasks completed
   * @return this assertion
   */
  public ReportAssert hasTaskCompletion(long assigned, long completed) {
    return hasMetricMatching(figure -> figure instanceof TaskCompletion task
            && task.getAssigned() == assigned && task.getCompleted() == completed,
        "a TASK_COMPLETION with assigned " + assigned + ", completed " + completed);
  }

  /**
   * Verifies that the report states a task completion with these counts, including the closed or
   * exempted ones ({@code 免检}, {@code 关闭}).
   *
   * @param assigned the tasks assigned
   * @param completed the tasks completed
   * @param closed the tasks closed or exempted
   * @return this assertion
   */
  public ReportAssert hasTaskCompletion(long assigned, long completed, long closed) {
    return hasMetricMatching(figure -> figure instanceof TaskCompletion task
            && task.getAssigned() == assigned && task.getCompleted() == completed
            && task.getClosed().isPresent() && task.getClosed().getAsLong() == closed,
        "a TASK_COMPLETION with assigned " + assigned + ", completed " + completed + ", closed " + closed);
  }

  /**
   * Verifies that the report states a breakdown of this total into these parts, in this order.
   *
   * @param total the total
   * @param parts the parts as listed
   * @return this assertion
   */
  public ReportAssert hasBreakdown(long total, long... parts) {
    Objects.requireNonNull(parts, "parts");
    List<Long> expected = Arrays.stream(parts).boxed().toList();
    return hasMetricMatching(figure -> figure instanceof Breakdown breakdown
            && breakdown.getTotal() == total && breakdown.getParts().equals(expected),
        "a BREAKDOWN of total " + total + " into parts " + expected);
  }

  /**
   * Verifies that the report states a rate over these counts. The rate is compared by value, so
   * {@code "100"} matches a stated {@code 100.0}; give the decimals as written.
   *
   * @param numerator the count the rate is a share of
   * @param denominator the whole
   * @param ratePercent the stated rate in percent, such as {@code "46.2"}
   * @return this assertion
   * @throws NumberFormatException if {@code ratePercent} is not a decimal number
   */
  public ReportAssert hasRate(long numerator, long denominator, String ratePercent) {
    BigDecimal rate = new BigDecimal(Objects.requireNonNull(ratePercent, "ratePercent"));
    return hasMetricMatching(figure -> figure instanceof Rate r
            && r.getNumerator() == numerator && r.getDenominator() == denominator
            && r.getRatePercent().compareTo(rate) == 0,
        "a RATE of " + numerator + "/" + denominator + " at " + ratePercent + "%");
  }

  /**
   * Verifies that the report states a subset of this size of this whole.
   *
   * @param total the whole
   * @param subset the part of the whole
   * @return this assertion
   */
  public ReportAssert hasSubset(long total, long subset) {
    return hasMetricMatching(figure -> figure instanceof Subset s
            && s.getTotal() == total && s.getSubset() == subset,
        "a SUBSET of " + subset + " of " + total);
  }

  /**
   * Verifies that the report states a count with this value and unit.
   *
   * @param value the value
   * @param unit the unit or measure word as written, such as {@code 件}
   * @return this assertion
   */
  public ReportAssert hasCount(long value, String unit) {
    Objects.requireNonNull(unit, "unit");
    return hasMetricMatching(figure -> figure instanceof Count count
            && count.getValue() == value && count.getUnit().equals(unit),
        "a COUNT of " + value + unit);
  }

  /**
   * Verifies that the report states an amount of money of this many yuan, compared by value
   * ({@code "12865300"} matches {@code 1286.53万元}).
   *
   * @param yuan the amount in yuan, as a decimal string
   * @return this assertion
   * @throws NumberFormatException if {@code yuan} is not a decimal number
   */
  public ReportAssert hasAmount(String yuan) {
    BigDecimal expected = new BigDecimal(Objects.requireNonNull(yuan, "yuan"));
    return hasMetricMatching(figure -> figure instanceof Amount amount
            && amount.getYuan().compareTo(expected) == 0,
        "an AMOUNT of " + yuan + " yuan");
  }

  /**
   * Verifies that the report states a figure that satisfies a condition.
   *
   * @param condition the condition on a figure
   * @param description what the condition looks for, for the failure message, such as
   *     {@code "an approximate count"}
   * @return this assertion
   */
  public ReportAssert hasMetricMatching(Predicate<? super Figure> condition, String description) {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(description, "description");
    isNotNull();
    for (Figure figure : actual.allFigures()) {
      if (condition.test(figure)) {
        return this;
      }
    }
    reportFailure("to state " + description, "but it does not. Figures present ("
        + actual.allFigures().size() + "):\n" + ReportDescription.figures(actual));
    return this;
  }

  /**
   * Verifies the number of top-level sections.
   *
   * @param count the expected number of top-level sections
   * @return this assertion
   */
  public ReportAssert hasSectionCount(int count) {
    isNotNull();
    if (actual.getSections().size() != count) {
      reportFailure("to have " + count + " top-level section(s)", "but it has " + actual.getSections().size()
          + ":\n" + ReportDescription.topLevelHeadings(actual));
    }
    return this;
  }

  /**
   * Verifies that some heading, at any level, starts with this text; the heading is compared as it
   * reads, label included ({@code 二、存在的问题}).
   *
   * @param startsWith the beginning of the heading
   * @return this assertion
   */
  public ReportAssert hasHeading(String startsWith) {
    Objects.requireNonNull(startsWith, "startsWith");
    isNotNull();
    for (Section section : actual.allSections()) {
      if (section.getHeading().fullText().startsWith(startsWith)) {
        return this;
      }
    }
    reportFailure("to have a heading starting with \"" + startsWith + "\"",
        "but it has none. Headings present:\n" + ReportDescription.headings(actual));
    return this;
  }

  private void reportFailure(String expected, String but) {
    failWithMessage("%s", "\nExpecting report " + ReportDescription.report(actual) + "\n" + expected + ",\n" + but);
  }
}
