package dev.fazhi.validation.rules;

import static dev.fazhi.validation.internal.CatalogEntry.CONFLICTING_VALUES;

import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.validation.internal.PathStep;
import dev.fazhi.validation.internal.ReportIndex;
import dev.fazhi.validation.internal.Reporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * metric.conflicting-values: one subject given two different values in one report.
 *
 * <p>Only plain counts and amounts are compared (a rate, a breakdown or a subset describes one
 * context, and the same words in another paragraph are another context), and only when the subject
 * is specific: at least four characters, so that generic words such as 罚款 or 案件 given for
 * different periods are not taken for one subject. Counts must share their measure word. Approximate
 * figures are never compared.
 */
final class ConflictingValuesRule implements RuleGroup {

  private static final int MIN_SUBJECT_LENGTH = 4;

  private record Seen(String value, Figure figure) {}

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
      String subject = ReportIndex.strip(figure.getSubject());
      if (subject.codePointCount(0, subject.length()) < MIN_SUBJECT_LENGTH) {
        continue;
      }
      String key;
      String value;
      if (figure instanceof Count count) {
        key = "count|" + subject + "|" + count.getUnit();
        value = count.getValue() + count.getUnit();
      } else if (figure instanceof Amount amount) {
        key = "amount|" + subject;
        value = amount.getYuan().stripTrailingZeros().toPlainString() + "元";
      } else {
        continue;
      }
      Seen first = seen.putIfAbsent(key, new Seen(value, figure));
      if (first != null && !sameValue(first.figure(), figure)) {
        Reporter.Draft draft = reporter.draft(CONFLICTING_VALUES, null).path(located.path())
            .argument("subject", subject).argument("first", first.value())
            .argument("second", value).expected(first.value()).actual(value);
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

  private static boolean sameValue(Figure a, Figure b) {
    if (a instanceof Count ca && b instanceof Count cb) {
      return ca.getValue() == cb.getValue();
    }
    if (a instanceof Amount aa && b instanceof Amount ab) {
      return aa.getYuan().compareTo(ab.getYuan()) == 0;
    }
    return false;
  }

  /** A figure with the property path, heading path and part of where it stands. */
  record Located(Figure figure, List<PathStep> path, java.util.Optional<String> section,
      dev.fazhi.core.model.Part part) {}

  /** Every figure of the report in document order, located. */
  static List<Located> figures(Reporter reporter) {
    List<Located> out = new ArrayList<>();
    List<Paragraph> preamble = reporter.report().getPreamble();
    for (int p = 0; p < preamble.size(); p++) {
      List<Figure> figures = preamble.get(p).getFigures();
      for (int f = 0; f < figures.size(); f++) {
        out.add(new Located(figures.get(f), List.of(PathStep.element("preamble", p),
            PathStep.element("figures", f)), java.util.Optional.empty(), null));
      }
    }
    for (ReportIndex.Entry entry : reporter.index().entries()) {
      List<Paragraph> paragraphs = entry.section().getParagraphs();
      for (int p = 0; p < paragraphs.size(); p++) {
        List<Figure> figures = paragraphs.get(p).getFigures();
        for (int f = 0; f < figures.size(); f++) {
          List<PathStep> path = new ArrayList<>(entry.path());
          path.add(PathStep.element("paragraphs", p));
          path.add(PathStep.element("figures", f));
          out.add(new Located(figures.get(f), path, java.util.Optional.of(entry.headingPath()),
              entry.part()));
        }
      }
    }
    return out;
  }
}
