package dev.fazhi.validation.corpus;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number a report gives for a subject, as written: {@code 行政复议案件120件} is subject
 * {@code 行政复议案件}, value 120, unit {@code 件}.
 *
 * @param subject what is counted, without leading words such as 全年、共、累计
 * @param value the number as written, exact
 * @param unit the unit as written ({@code %} for a rate)
 * @param end where the figure ends in its paragraph's text (exclusive)
 */
record StatedFigure(String subject, BigDecimal value, String unit, int end) {

  StatedFigure {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
  }

  /**
   * How the figure is quoted: subject, value, unit.
   *
   * @return the quote
   */
  String quote() {
    return subject + value.toPlainString() + unit;
  }
}
