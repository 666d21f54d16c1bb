package dev.fazhi.validation.rules.metric;

import dev.fazhi.core.model.Figure;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.internal.ReportIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The figures the metric rules check, listed once per report and shared: every figure in document
 * order, and those that are exact (an approximate figure, 余 / 近 / 以上 on a count, is never checked
 * as exact). Immutable once computed.
 */
final class Figures {

  private final List<Figure> all;
  private final List<Figure> exact;

  /**
   * Lists the figures.
   *
   * @param all every figure, an unmodifiable list ({@link ReportIndex#figures}), kept as it is
   */
  private Figures(List<Figure> all) {
    this.all = all;
    List<Figure> exact = new ArrayList<>(all.size());
    for (Figure figure : all) {
      if (!figure.isApproximate()) {
        exact.add(figure);
      }
    }
    this.exact = Collections.unmodifiableList(exact);
  }

  private static Figures of(FindingSink findings) {
    return findings.shared(Figures.class,
        report -> new Figures(findings.shared(ReportIndex.class, ReportIndex::of).figures()));
  }

  /** Every figure of the report, in document order. */
  static List<Figure> all(FindingSink findings) {
    return of(findings).all;
  }

  /** The figures that are not approximate, in document order. */
  static List<Figure> exact(FindingSink findings) {
    return of(findings).exact;
  }
}
