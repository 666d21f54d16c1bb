package dev.fazhi.validation.internal;

/**
 * The digits reports write: ASCII {@code 0}–{@code 9} and full-width {@code ０}–{@code ９} (a Chinese
 * input method's). The one place the rules and the corpus checks tell them.
 */
public final class Digits {

  private Digits() {}

  /**
   * Whether a character is a digit, ASCII or full-width.
   *
   * @param c the character
   * @return true for {@code 0}–{@code 9} and {@code ０}–{@code ９}
   */
  public static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /**
   * The value of a digit.
   *
   * @param c a character for which {@link #isDigit(char)} is true
   * @return 0 to 9
   */
  public static int value(char c) {
    return c >= '０' ? c - '０' : c - '0';
  }

  /**
   * The ASCII form of a digit, other characters as they are.
   *
   * @param c the character
   * @return {@code 0}–{@code 9} for a digit of either width, else {@code c}
   */
  public static char ascii(char c) {
    return c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c;
  }
}
