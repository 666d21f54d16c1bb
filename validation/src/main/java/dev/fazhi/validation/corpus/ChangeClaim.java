package dev.fazhi.validation.corpus;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A change on the previous year that a report states: {@code 办理行政复议案件120件，同比增长8.1%}.
 *
 * @param figure this year's figure the change is stated for
 * @param verb the verb as written (增长, 减少 …)
 * @param increase whether the verb says the figure went up
 * @param change the change as written, exact and without sign
 * @param kind whether the change is relative, in percentage points or in the figure's own unit
 * @param changeText the change as written, such as {@code 同比增长8.1%}
 * @param line the line it stands on
 * @param column the column of the change marker
 * @param quote the words quoted: the figure and the change
 */
record ChangeClaim(StatedFigure figure, String verb, boolean increase, BigDecimal change, Kind kind,
    String changeText, int line, int column, String quote) {

  /** How a change is expressed. */
  enum Kind {
    /** {@code 增长8.1%}: relative to last year's figure. */
    PERCENT,
    /** {@code 下降2.4个百分点}: the difference of two rates. */
    POINTS,
    /** {@code 增加37件}: the difference, in the figure's unit. */
    ABSOLUTE
  }

  ChangeClaim {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(kind, "kind");
  }
}
