package dev.fazhi.core.read;

import dev.fazhi.core.model.NumberingStyle;
import java.util.List;

/**
 * The heading labels the reader recognises, as a table: each form is an opening mark, a numeral and a
 * closing mark, with the {@link NumberingStyle} it is written in. The four GB/T 9704 forms are here, and
 * the deviations seen in real reports. Also here: the inline enumerations ({@code 一是……二是……}) that open
 * a sentence and are never headings.
 */
final class HeadingPatterns {

  /** The kind of numeral a label holds. */
  enum Numeral {
    /** 一 to 九十九. */
    CHINESE,
    /** ASCII digits, one or two. */
    ARABIC,
    /** Full-width digits, one or two. */
    FULLWIDTH
  }

  /**
   * One form of label.
   *
   * @param style the numbering style it is written in
   * @param open what stands before the numeral, possibly nothing
   * @param numeral the numeral
   * @param close what stands after the numeral
   * @param example a label in this form, for documentation and tests
   */
  record Form(NumberingStyle style, String open, Numeral numeral, String close, String example) {}

  /**
   * A recognised label.
   *
   * @param style the numbering style
   * @param number the number the label stands for
   * @param end the index just after the label
   * @param label the label as written
   */
  record Label(NumberingStyle style, int number, int end, String label) {}

  /** Longer forms first: {@code （一）、} before {@code （一）}. */
  static final List<Form> FORMS = List.of(
      new Form(NumberingStyle.CHINESE_PAREN_COMMA, "（", Numeral.CHINESE, "）、", "（一）、"),
      new Form(NumberingStyle.CHINESE_PAREN, "（", Numeral.CHINESE, "）", "（一）"),
      new Form(NumberingStyle.CHINESE_HALFWIDTH_PAREN, "(", Numeral.CHINESE, ")", "(一)"),
      new Form(NumberingStyle.CHINESE_HALFWIDTH_PAREN, "(", Numeral.CHINESE, "）", "(一）"),
      new Form(NumberingStyle.CHINESE_HALFWIDTH_PAREN, "（", Numeral.CHINESE, ")", "（一)"),
      new Form(NumberingStyle.CHINESE_COMMA, "", Numeral.CHINESE, "、", "一、"),
      new Form(NumberingStyle.CHINESE_DOT, "", Numeral.CHINESE, "．", "一．"),
      new Form(NumberingStyle.CHINESE_DOT, "", Numeral.CHINESE, ".", "一."),
      new Form(NumberingStyle.CHINESE_ORDINAL, "第", Numeral.CHINESE, "部分", "第一部分"),
      new Form(NumberingStyle.ARABIC_PAREN, "（", Numeral.ARABIC, "）", "（1）"),
      new Form(NumberingStyle.ARABIC_PAREN, "（", Numeral.FULLWIDTH, "）", "（１）"),
      new Form(NumberingStyle.ARABIC_HALFWIDTH_PAREN, "(", Numeral.ARABIC, ")", "(1)"),
      new Form(NumberingStyle.ARABIC_DOT, "", Numeral.ARABIC, ".", "1."),
      new Form(NumberingStyle.ARABIC_FULLWIDTH_DOT, "", Numeral.FULLWIDTH, "．", "１．"),
      new Form(NumberingStyle.ARABIC_FULLWIDTH_DOT, "", Numeral.FULLWIDTH, ".", "１."),
      new Form(NumberingStyle.ARABIC_FULLWIDTH_DOT, "", Numeral.ARABIC, "．", "1．"),
      new Form(NumberingStyle.ARABIC_COMMA, "", Numeral.ARABIC, "、", "1、"),
      new Form(NumberingStyle.ARABIC_COMMA, "", Numeral.FULLWIDTH, "、", "１、"));

  /**
   * Words that open an inline enumeration inside a paragraph, after a Chinese numeral: {@code 一是},
   * {@code 二要}. A line that opens with one is never a heading.
   */
  static final List<String> INLINE_ENUMERATION_WORDS = List.of("是", "要", "抓", "在", "则", "方面");

  /** Openers of a sentence that are never headings, whatever follows. */
  static final List<String> NEVER_HEADING_OPENERS = List.of("首先", "其次", "再次", "最后", "其一", "其二",
      "其三", "另外", "同时", "此外");

  private HeadingPatterns() {}

  /**
   * Recognises a label at a position.
   *
   * @param s the text
   * @param at where the label would start
   * @return the label, or null if none starts there
   */
  static Label match(String s, int at) {
    if (at >= s.length()) {
      return null;
    }
    // only the forms that can open with this character, in table order: none for most lines
    for (Form form : formsOpenedBy(s.charAt(at))) {
      Label label = match(form, s, at);
      if (label != null) {
        return label;
      }
    }
    return null;
  }

  /**
   * Whether a form's label can start with a character: its opening mark's first character, or for a
   * form without one, a character of its numeral.
   */
  static boolean mayOpenWith(Form form, char c) {
    if (!form.open().isEmpty()) {
      return form.open().charAt(0) == c;
    }
    return switch (form.numeral()) {
      case CHINESE -> CharClasses.isChineseNumeralChar(c);
      case ARABIC -> c >= '0' && c <= '9';
      case FULLWIDTH -> c >= '０' && c <= '９';
    };
  }

  /**
   * The forms of {@link #FORMS} whose label can start with a character ({@link #mayOpenWith}), in
   * table order; the characters that open a label fall in six groups, each with its forms. The array
   * is shared: not to be changed.
   */
  static Form[] formsOpenedBy(char c) {
    if (c == '（') {
      return OPENED_BY_PAREN;
    } else if (c == '(') {
      return OPENED_BY_HALFWIDTH_PAREN;
    } else if (c == '第') {
      return OPENED_BY_ORDINAL;
    } else if (c >= '0' && c <= '9') {
      return OPENED_BY_DIGIT;
    } else if (c >= '０' && c <= '９') {
      return OPENED_BY_FULLWIDTH_DIGIT;
    } else if (CharClasses.isChineseNumeralChar(c)) {
      return OPENED_BY_CHINESE_NUMERAL;
    }
    return NO_FORMS; // most characters: no label opens with them
  }

  private static final Form[] OPENED_BY_PAREN = opening('（');
  private static final Form[] OPENED_BY_HALFWIDTH_PAREN = opening('(');
  private static final Form[] OPENED_BY_ORDINAL = opening('第');
  private static final Form[] OPENED_BY_DIGIT = opening('1');
  private static final Form[] OPENED_BY_FULLWIDTH_DIGIT = opening('１');
  private static final Form[] OPENED_BY_CHINESE_NUMERAL = opening('一');

  private static final Form[] NO_FORMS = {};

  /** The forms that can open with a character, and with every character of its group. */
  private static Form[] opening(char c) {
    return FORMS.stream().filter(form -> mayOpenWith(form, c)).toArray(Form[]::new);
  }

  static Label match(Form form, String s, int at) {
    if (!s.startsWith(form.open(), at)) {
      return null;
    }
    int from = at + form.open().length();
    int to = from;
    int n = s.length();
    int number;
    switch (form.numeral()) {
      case CHINESE -> {
        while (to < n && to - from < 3 && CharClasses.isChineseNumeralChar(s.charAt(to))) {
          to++;
        }
        number = CharClasses.chineseNumber(s, from, to);
      }
      case ARABIC -> {
        while (to < n && to - from < 3 && s.charAt(to) >= '0' && s.charAt(to) <= '9') {
          to++;
        }
        number = arabic(s, from, to);
      }
      default -> {
        while (to < n && to - from < 3 && s.charAt(to) >= '０' && s.charAt(to) <= '９') {
          to++;
        }
        number = arabic(s, from, to);
      }
    }
    if (number < 1 || !s.startsWith(form.close(), to)) {
      return null;
    }
    int end = to + form.close().length();
    if (form.numeral() != Numeral.CHINESE && end < n && !form.close().startsWith("）")
        && !form.close().startsWith(")") && CharClasses.isDigit(s.charAt(end))) {
      return null; // 1.5万元, 3、4月: a number, not a label
    }
    if (form.style() == NumberingStyle.CHINESE_ORDINAL) {
      while (end < n && (s.charAt(end) == '、' || s.charAt(end) == '：' || s.charAt(end) == ':'
          || s.charAt(end) == ' ')) {
        end++;
      }
    }
    return new Label(form.style(), number, end, s.substring(at, end));
  }

  private static int arabic(String s, int from, int to) {
    int len = to - from;
    if (len < 1 || len > 2) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + CharClasses.digit(s.charAt(i));
    }
    return value;
  }

  /**
   * Whether a line opens with an inline enumeration ({@code 一是}, {@code 二要}) or another sentence
   * opener that is never a heading.
   *
   * @param s the line
   * @return true if the line can be no heading
   */
  static boolean opensInlineEnumeration(String s) {
    for (String opener : NEVER_HEADING_OPENERS) {
      if (s.startsWith(opener)) {
        return true;
      }
    }
    int to = 0;
    while (to < s.length() && to < 3 && CharClasses.isChineseNumeralChar(s.charAt(to))) {
      to++;
    }
    int start = s.startsWith("第") ? 1 : 0;
    if (start == 1) {
      to = 1;
      while (to < s.length() && to < 4 && CharClasses.isChineseNumeralChar(s.charAt(to))) {
        to++;
      }
      if (to > 1 && to < s.length() && "，,、是".indexOf(s.charAt(to)) >= 0) {
        return true;
      }
      return false;
    }
    if (to == 0 || CharClasses.chineseNumber(s, 0, to) < 1) {
      return false;
    }
    for (String word : INLINE_ENUMERATION_WORDS) {
      if (s.startsWith(word, to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The level family of a style: 1 for {@code 一、} and its variants, 2 for {@code （一）}, 3 for
   * {@code 1.}, 4 for {@code （1）}; 1 for a heading without label (such headings stand at the top).
   *
   * @param style the style
   * @return the rank
   */
  static int rank(NumberingStyle style) {
    return RANKS[style.ordinal()];
  }

  /**
   * {@link #rank} of every style by ordinal, worked out once from the styles' standard forms
   * ({@link #rankFromStandardForm}): the outline asks for it at every labelled line, and the chain of
   * {@code Optional}s cost a tenth of the layout and outline passes.
   */
  private static final int[] RANKS = ranks();

  private static int[] ranks() {
    NumberingStyle[] styles = NumberingStyle.values();
    int[] out = new int[styles.length];
    for (NumberingStyle style : styles) {
      out[style.ordinal()] = rankFromStandardForm(style);
    }
    return out;
  }

  /** The rank as the style's standard form and level define it: what {@link #RANKS} holds. */
  static int rankFromStandardForm(NumberingStyle style) {
    return style.standardForm().flatMap(NumberingStyle::standardLevel).orElse(1);
  }
}
