package dev.fazhi.core.model;

import java.util.Optional;

/**
 * The form of a heading's number label, as written.
 *
 * <p>GB/T 9704-2012 (7.3.3) prescribes four levels: {@code 一、} → {@code （一）} → {@code 1.} →
 * {@code （1）}. The other constants are deviations seen in real reports; each knows the standard form it
 * stands in for. {@link #NONE} is a heading that carries no label at all (a thematic heading, or one
 * whose automatic number was lost on export).
 */
public enum NumberingStyle {
  /** {@code 一、}: Chinese numeral and 顿号, the standard first level. */
  CHINESE_COMMA(1, null),
  /** {@code （一）}: Chinese numeral in full-width brackets, the standard second level. */
  CHINESE_PAREN(2, null),
  /** {@code 1.}: Arabic numeral and full stop, the standard third level. */
  ARABIC_DOT(3, null),
  /** {@code （1）}: Arabic numeral in full-width brackets, the standard fourth level. */
  ARABIC_PAREN(4, null),
  /** {@code 1、}: Arabic numeral with 顿号, written for {@code 1.}. */
  ARABIC_COMMA(0, ARABIC_DOT),
  /** {@code １．}: full-width Arabic numeral, written for {@code 1.}. */
  ARABIC_FULLWIDTH_DOT(0, ARABIC_DOT),
  /** {@code (一)}: half-width brackets, written for {@code （一）}. */
  CHINESE_HALFWIDTH_PAREN(0, CHINESE_PAREN),
  /** {@code （一）、}: full-width brackets followed by a 顿号, written for {@code （一）}. */
  CHINESE_PAREN_COMMA(0, CHINESE_PAREN),
  /** {@code (1)}: half-width brackets, written for {@code （1）}. */
  ARABIC_HALFWIDTH_PAREN(0, ARABIC_PAREN),
  /** {@code 一.} or {@code 一．}: Chinese numeral with a full stop, written for {@code 一、}. */
  CHINESE_DOT(0, CHINESE_COMMA),
  /** {@code 第一，} or {@code 第一部分}: an ordinal instead of a label. */
  CHINESE_ORDINAL(0, CHINESE_COMMA),
  /** No label at all. */
  NONE(0, null);

  private static final String DIGITS = "零一二三四五六七八九";

  private final int standardLevel;
  private final NumberingStyle standardForm;

  NumberingStyle(int standardLevel, NumberingStyle standardForm) {
    this.standardLevel = standardLevel;
    this.standardForm = standardForm;
  }

  /**
   * Whether this is one of the four forms GB/T 9704 prescribes.
   *
   * @return true for the four standard forms
   */
  public boolean isStandard() {
    return standardLevel > 0;
  }

  /**
   * The GB/T 9704 level (1 to 4) of a standard form.
   *
   * @return the level, or empty for a deviation and for {@link #NONE}
   */
  public Optional<Integer> standardLevel() {
    return standardLevel > 0 ? Optional.of(standardLevel) : Optional.empty();
  }

  /**
   * The standard form this style is written for: itself for a standard form, the prescribed one for a
   * deviation, empty for {@link #NONE}.
   *
   * @return the standard form
   */
  public Optional<NumberingStyle> standardForm() {
    if (isStandard()) {
      return Optional.of(this);
    }
    return Optional.ofNullable(standardForm);
  }

  /**
   * Renders the label for a number in this style, as a writer would type it.
   *
   * @param number the number, from 1 to 99
   * @return the label, such as {@code （三）} for {@link #CHINESE_PAREN} and 3; empty for {@link #NONE}
   * @throws IllegalArgumentException if the number is outside 1 to 99
   */
  public String format(int number) {
    if (number < 1 || number > 99) {
      throw new IllegalArgumentException("number must be from 1 to 99: " + number);
    }
    String chinese = chinese(number);
    return switch (this) {
      case CHINESE_COMMA -> chinese + "、";
      case CHINESE_PAREN -> "（" + chinese + "）";
      case ARABIC_DOT -> number + ".";
      case ARABIC_PAREN -> "（" + number + "）";
      case ARABIC_COMMA -> number + "、";
      case ARABIC_FULLWIDTH_DOT -> fullWidth(number) + "．";
      case CHINESE_HALFWIDTH_PAREN -> "(" + chinese + ")";
      case CHINESE_DOT -> chinese + ".";
      case CHINESE_PAREN_COMMA -> "（" + chinese + "）、";
      case ARABIC_HALFWIDTH_PAREN -> "(" + number + ")";
      case CHINESE_ORDINAL -> "第" + chinese + "，";
      case NONE -> "";
    };
  }

  private static String chinese(int number) {
    if (number < 10) {
      return String.valueOf(DIGITS.charAt(number));
    }
    int tens = number / 10;
    int units = number % 10;
    return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
        + (units == 0 ? "" : String.valueOf(DIGITS.charAt(units)));
  }

  private static String fullWidth(int number) {
    StringBuilder out = new StringBuilder();
    for (char c : Integer.toString(number).toCharArray()) {
      out.append((char) ('０' + (c - '0')));
    }
    return out.toString();
  }
}
