package dev.fazhi.validation.rules;

import static dev.fazhi.validation.internal.CatalogEntry.CONFLICTING_VALUES;

import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.ImmutableAmount;
import dev.fazhi.core.model.ImmutableCount;
import dev.fazhi.core.model.ImmutableRate;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import dev.fazhi.validation.internal.PathStep;
import dev.fazhi.validation.internal.ReportIndex;
import dev.fazhi.validation.internal.Reporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * metric.conflicting-values: one subject given as the whole of two checkable figures with different
 * values, such as {@code 依申请公开7件，其中…} and later {@code 依申请公开8件，其中…}.
 *
 * <p>Only the wholes of task completions (tasks assigned), breakdowns and subsets are compared: they
 * are totals a report states as such. Plain counts and amounts are not, because the same words name
 * different scopes in real reports ({@code 发出处罚决定书85份} for one kind of case and
 * {@code 发出处罚决定书129份} for all), and a rate's subject names the rate, not its whole. The subject
 * must be specific (four characters or more) and neither figure approximate.
 */
final class ConflictingValuesRule implements RuleGroup {

  private static final int MIN_SUBJECT_LENGTH = 4;

  private record Seen(long value, Figure figure) {}

  @Override
  public void check(Reporter reporter) {
    if (!reporter.enabled(CONFLICTING_VALUES)) {
      return;
    }
    Map<String, Seen> seen = new HashMap<>();
    for (Located located : figures(reporter)) {
      Figure figure = located.figure();
      if (figure.isApproximate()) {
        continue;
      }
      Long whole = whole(figure);
      if (whole == null) {
        continue;
      }
      String subject = ReportIndex.strip(figure.getSubject());
      if (subject.codePointCount(0, subject.length()) < MIN_SUBJECT_LENGTH) {
        continue;
      }
      Seen first = seen.putIfAbsent(subject, new Seen(whole, figure));
      if (first != null && first.value() != whole) {
        Reporter.Draft draft = reporter.draft(CONFLICTING_VALUES, null).path(located.path())
            .argument("subject", subject).argument("first", first.value())
            .argument("second", whole).expected(Long.toString(first.value()))
            .actual(Long.toString(whole));
        located.section().ifPresent(draft::headingPath);
        if (located.part() != null) {
          draft.part(located.part());
        }
        figure.getLocation().ifPresent(draft::location);
        figure.getQuote().ifPresent(q -> draft.quote(ReportIndex.shorten(q)));
        draft.add();
      }
    }
  }

  /** The whole a checkable figure states, or null for a figure that states none. */
  private static Long whole(Figure figure) {
    // The model's own classes first, by exact class: an instanceof test against an interface that
    // fails scans the class's interfaces, and most figures fail all three tests below.
    Class<?> type = figure.getClass();
    if (type == ImmutableCount.class || type == ImmutableAmount.class
        || type == ImmutableRate.class) {
      return null;
    }
    if (figure instanceof TaskCompletion completion) {
      return completion.getAssigned();
    }
    if (figure instanceof Breakdown breakdown) {
      return breakdown.getTotal();
    }
    if (figure instanceof Subset subset) {
      return subset.getTotal();
    }
    return null;
  }

  /**
   * A figure and where it stands: in paragraph {@code paragraph} of the preamble (no entry) or of a
   * section, as figure {@code index}.
   */
  record Located(Figure figure, ReportIndex.Entry entry, int paragraph, int index) {

    /** The property path; built when asked for, since only findings need it. */
    List<PathStep> path() {
      List<PathStep> path = entry == null ? new ArrayList<>() : entry.path();
      path.add(PathStep.element(entry == null ? "preamble" : "paragraphs", paragraph));
      path.add(PathStep.element("figures", index));
      return path;
    }

    /** The heading path of the section, or empty in the preamble. */
    Optional<String> section() {
      return entry == null ? Optional.empty() : Optional.of(entry.headingPath());
    }

    /** The part of the section, or null. */
    Part part() {
      return entry == null ? null : entry.part();
    }
  }

  /** Every figure of the report in document order, located. */
  static List<Located> figures(Reporter reporter) {
    List<Located> out = new ArrayList<>();
    List<Paragraph> preamble = reporter.report().getPreamble();
    for (int p = 0; p < preamble.size(); p++) {
      List<Figure> figures = preamble.get(p).getFigures();
      for (int f = 0; f < figures.size(); f++) {
        out.add(new Located(figures.get(f), null, p, f));
      }
    }
    for (ReportIndex.Entry entry : reporter.index().entries()) {
      List<Paragraph> paragraphs = entry.section().getParagraphs();
      for (int p = 0; p < paragraphs.size(); p++) {
        List<Figure> figures = paragraphs.get(p).getFigures();
        for (int f = 0; f < figures.size(); f++) {
          out.add(new Located(figures.get(f), entry, p, f));
        }
      }
    }
    return out;
  }
}
