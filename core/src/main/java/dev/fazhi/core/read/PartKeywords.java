package dev.fazhi.core.read;

import dev.fazhi.core.model.Part;
import java.util.List;
import java.util.Optional;

/**
 * How the reader recognises the five parts of a report by what a heading says, not by an exact
 * string: a table of keywords, tried in order; the first keyword the heading text contains decides. A
 * keyword of two words joined by {@code …} allows a few characters between them ({@code 存在…问题} is
 * in {@code 存在的主要问题}).
 * The order matters: the principal leaders' duty is named before anything else, because its heading
 * also speaks of 加强法治政府建设; 其他需要说明的问题 before 存在的问题; strong words of the measures
 * ({@code 完成情况}) before the plan's ({@code 重点工作}).
 *
 * <p>Also here: the words by which a part with no section of its own is found discussed inside another
 * part ({@link #EMBEDDED}).
 */
final class PartKeywords {

  /**
   * A keyword that marks a heading as a part.
   *
   * @param keyword the text the heading contains
   * @param part the part it marks
   * @param example a heading from a real report that it recognises
   */
  record Entry(String keyword, Part part, String example) {

    /**
     * Whether a heading holds this keyword: the keyword itself, or for a keyword of two words joined by
     * {@value PartKeywords#GAP} ({@code 存在…问题}), the first word followed by the second with at most
     * {@value PartKeywords#MAX_GAP} characters between them ({@code 存在的主要问题}, {@code 存在的突出问题}).
     */
    boolean isIn(String text) {
      int gap = keyword.indexOf(GAP);
      if (gap < 0) {
        return text.contains(keyword);
      }
      String first = keyword.substring(0, gap);
      String second = keyword.substring(gap + 1);
      for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
        int from = at + first.length();
        for (int k = 0; k <= MAX_GAP; k++) {
          if (text.startsWith(second, from + k)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether this keyword starts at a position: {@link #isIn} holds exactly when it starts somewhere.
     * Compares in place, without cutting the keyword in two.
     */
    boolean startsAt(String text, int at) {
      int gap = keyword.indexOf(GAP);
      if (gap < 0) {
        return text.startsWith(keyword, at);
      }
      if (!text.regionMatches(at, keyword, 0, gap)) {
        return false;
      }
      int secondLength = keyword.length() - gap - 1;
      for (int k = 0; k <= MAX_GAP; k++) {
        if (text.regionMatches(at + gap + k, keyword, gap + 1, secondLength)) {
          return true;
        }
      }
      return false;
    }
  }

  /** What joins the two words of a keyword that may stand apart. */
  static final char GAP = '…';
  /** The most characters between the two words of such a keyword: {@code 的主要}, {@code 的突出}. */
  static final int MAX_GAP = 3;

  /**
   * Words that show a part is discussed inside another part.
   *
   * @param keyword the text the paragraph or heading contains
   * @param part the part discussed
   * @param example a sentence that it recognises
   */
  record Embedded(String keyword, Part part, String example) {}

  static final List<Entry> ENTRIES = List.of(
      new Entry("第一责任人", Part.PRINCIPAL_RESPONSIBILITY,
          "2020年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"),
      new Entry("主要负责人履行", Part.PRINCIPAL_RESPONSIBILITY, "党政主要负责人履行推进法治建设职责情况"),
      new Entry("主要负责人推进法治", Part.PRINCIPAL_RESPONSIBILITY, "主要负责人推进法治建设情况"),
      new Entry("其他需要", Part.OTHER_MATTERS, "三、其他需要说明的问题"),
      new Entry("其他事项", Part.OTHER_MATTERS, "五、其他事项"),
      new Entry("其他情况", Part.OTHER_MATTERS, "五、其他情况"),
      new Entry("需要报告的其他", Part.OTHER_MATTERS, "五、需要报告的其他情况"),
      new Entry("不足和原因", Part.SHORTCOMINGS_AND_CAUSES, "2020年度推进法治政府建设存在的不足和原因"),
      new Entry("存在的不足", Part.SHORTCOMINGS_AND_CAUSES, "六、存在的不足"),
      new Entry("存在不足", Part.SHORTCOMINGS_AND_CAUSES, "二、存在不足及原因"),
      new Entry("存在的问题", Part.SHORTCOMINGS_AND_CAUSES, "二、存在的问题及对策"),
      new Entry("存在问题", Part.SHORTCOMINGS_AND_CAUSES, "二、存在问题和困难"),
      new Entry("问题和不足", Part.SHORTCOMINGS_AND_CAUSES, "二、问题和不足"),
      new Entry("存在…问题", Part.SHORTCOMINGS_AND_CAUSES, "二、存在的主要问题"),
      new Entry("存在…不足", Part.SHORTCOMINGS_AND_CAUSES, "二、存在的突出不足和原因分析"),
      new Entry("不足之处", Part.SHORTCOMINGS_AND_CAUSES, "二、工作中的不足之处"),
      new Entry("困难和问题", Part.SHORTCOMINGS_AND_CAUSES, "二、面临的困难和问题"),
      new Entry("举措和成效", Part.MEASURES_AND_RESULTS, "一、2021年推进法治政府建设主要举措和成效"),
      new Entry("完成情况", Part.MEASURES_AND_RESULTS, "一、工作完成情况"),
      new Entry("开展情况", Part.MEASURES_AND_RESULTS, "一、主要工作开展情况"),
      new Entry("工作打算", Part.NEXT_YEAR_PLAN, "四、2020年度主要工作打算"),
      new Entry("打算", Part.NEXT_YEAR_PLAN, "六、下一步打算"),
      new Entry("下一步", Part.NEXT_YEAR_PLAN, "三、下一步工作思路"),
      new Entry("主要安排", Part.NEXT_YEAR_PLAN, "2021年度推进法治政府建设的主要安排"),
      new Entry("工作安排", Part.NEXT_YEAR_PLAN, "三、2022年工作安排"),
      new Entry("工作计划", Part.NEXT_YEAR_PLAN, "三、2022年工作计划"),
      new Entry("工作思路", Part.NEXT_YEAR_PLAN, "三、2022年工作思路"),
      new Entry("工作设想", Part.NEXT_YEAR_PLAN, "三、2022年工作设想"),
      new Entry("工作重点", Part.NEXT_YEAR_PLAN, "三、2022年工作重点"),
      new Entry("重点工作", Part.NEXT_YEAR_PLAN, "三、2022年重点工作"),
      new Entry("下一年度", Part.NEXT_YEAR_PLAN, "三、下一年度推进法治政府建设的安排"),
      new Entry("今后", Part.NEXT_YEAR_PLAN, "三、今后的努力方向"),
      new Entry("主要举措", Part.MEASURES_AND_RESULTS, "一、主要举措"),
      new Entry("主要做法", Part.MEASURES_AND_RESULTS, "一、主要做法和成效"),
      new Entry("成效", Part.MEASURES_AND_RESULTS, "一、工作成效"),
      new Entry("主要工作", Part.MEASURES_AND_RESULTS, "一、主要工作"),
      new Entry("建设情况", Part.MEASURES_AND_RESULTS, "一、2019年法治建设情况"),
      new Entry("工作情况", Part.MEASURES_AND_RESULTS, "一、2020年法治政府建设工作情况"),
      new Entry("取得的成绩", Part.MEASURES_AND_RESULTS, "一、取得的成绩"));

  /** Words of the sentence that opens a report, never of a heading: {@code 现将有关情况报告如下}. */
  static final List<String> NEVER_IN_HEADINGS = List.of("如下", "现将", "现就");

  static final List<Embedded> EMBEDDED = List.of(
      new Embedded("第一责任人", Part.PRINCIPAL_RESPONSIBILITY, "全面落实法治建设第一责任人制度"),
      new Embedded("主要负责人履行推进法治建设", Part.PRINCIPAL_RESPONSIBILITY,
          "党政主要负责人履行推进法治建设职责"));

  private PartKeywords() {}

  /**
   * The part a heading names.
   *
   * @param headingText the heading text, without its label
   * @return the part, or empty when the heading names none
   */
  static Optional<Part> partOf(String headingText) {
    // One pass instead of a search of the whole text for each of the 44 words: at each character
    // that starts a word, only the words starting with it are tried; a word of NEVER_IN_HEADINGS
    // anywhere refuses, else the entry listed first wins, as the loops over the tables would decide.
    int best = ENTRIES.size();
    for (int i = 0; i < headingText.length(); i++) {
      char c = headingText.charAt(i);
      if ((STARTS[(c >>> 6) & (STARTS.length - 1)] & (1L << c)) == 0) {
        continue; // no word starts with this character: most characters, one bit test
      }
      for (String word : NEVER_IN_HEADINGS) {
        if (word.charAt(0) == c && headingText.startsWith(word, i)) {
          return Optional.empty();
        }
      }
      for (int e = 0; e < best; e++) {
        if (FIRST[e] == c && ENTRIES.get(e).startsAt(headingText, i)) {
          best = e;
        }
      }
    }
    return best < ENTRIES.size() ? Optional.of(ENTRIES.get(best).part()) : Optional.empty();
  }

  /** The first character of each entry's keyword, by index. */
  private static final char[] FIRST = new char[ENTRIES.size()];
  /**
   * One bit for the first character of every word of {@link #ENTRIES} and {@link #NEVER_IN_HEADINGS},
   * folded on its low ten bits (128 bytes): a character without its bit starts none.
   */
  private static final long[] STARTS = new long[16];

  static {
    for (int e = 0; e < FIRST.length; e++) {
      FIRST[e] = ENTRIES.get(e).keyword().charAt(0);
      STARTS[(FIRST[e] >>> 6) & (STARTS.length - 1)] |= 1L << FIRST[e];
    }
    for (String word : NEVER_IN_HEADINGS) {
      STARTS[(word.charAt(0) >>> 6) & (STARTS.length - 1)] |= 1L << word.charAt(0);
    }
  }

  /**
   * Where a text discusses a part, for a part with no section of its own.
   *
   * @param part the part
   * @param text the text
   * @return the index of the first keyword, or -1
   */
  static int discussionOf(Part part, String text) {
    int best = -1;
    for (Embedded entry : EMBEDDED) {
      if (entry.part() == part) {
        int at = text.indexOf(entry.keyword());
        if (at >= 0 && (best < 0 || at < best)) {
          best = at;
        }
      }
    }
    return best;
  }
}
