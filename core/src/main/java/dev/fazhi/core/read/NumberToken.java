package dev.fazhi.core.read;

import dev.fazhi.core.model.MoneyUnit;
import java.math.BigDecimal;

/**
 * A number found in a paragraph, with what stands around it. Written only while the scanner makes it;
 * the finders read it. Which numbers a checkable figure took is {@link FigureSink}'s, not the token's.
 */
final class NumberToken {

  /** What a number is. */
  enum Type {
    /** A count with a measure word. */
    COUNT,
    /** Money. */
    AMOUNT,
    /** A percentage. */
    PERCENT,
    /** A date, a time span or another measure that is no count. */
    TIME,
    /** A number with no unit, such as a hotline number. */
    BARE,
    /** A number the reader must not read: in a book title or document number, an ordinal, a range. */
    SKIPPED
  }

  Type type;
  /** Where the figure starts, with any mark of approximation before it. */
  int start;
  /** Where the digits start. */
  int numberStart;
  /** Where the digits end. */
  int numberEnd;
  /** Where the figure ends, after its unit and any mark of approximation. */
  int end;
  /** Where the clause it stands in starts. */
  int clauseStart;
  /** Where the sentence it stands in starts. */
  int sentenceStart;
  /**
   * The yuan of an amount, the rate of a percentage; null for other numbers, which no figure takes a
   * value of ({@link #count} is a count's).
   */
  BigDecimal value;
  /** The count, for counts. */
  long count;
  String unit = "";
  MoneyUnit money;
  boolean approximate;
  boolean atLeast;
  boolean atMost;
  /** The token's place among its paragraph's numbers, set once by the scanner. */
  int index;

  boolean isExactCount() {
    return type == Type.COUNT && !approximate;
  }

  @Override
  public String toString() {
    return type + "[" + start + "," + end + ")=" + (type == Type.COUNT ? count : value) + unit
        + (approximate ? "~" : "");
  }
}
