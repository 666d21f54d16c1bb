package dev.fazhi.core.read;

import java.util.List;

/**
 * Finds tables flattened one cell per line, as a table in a web page reaches a copied text: header cells
 * ({@code 序号} / {@code 任务} / {@code 完成情况}), then each row's cells, often with a {@code 合计} row. Such
 * cells are a table: one paragraph of cells, never headings or a run of unnumbered headings.
 *
 * <p>The rule: a table starts at a line that is a header word of {@link #HEADER_WORDS} alone, or a short
 * cell that ends in one of {@link #HEADER_SUFFIXES}, followed by
 * at least {@value #MIN_CELLS} short lines; it runs over every following line of at most
 * {@value #MAX_CELL} characters that has no full stop and opens with no heading label of the first two
 * levels.
 */
final class FlatTable {

  /** Header cells that open a table. */
  static final List<String> HEADER_WORDS = List.of("序号", "编号", "项目", "类别", "单位名称", "事项");

  /**
   * Last words of a header cell that opens a table ({@code 执法门类}, {@code 案件类型}, {@code 承办部门}): the
   * column of the rows' names. A line that ends so, of at most {@value #MAX_HEADER_CELL} characters, opens
   * a table as a word of {@link #HEADER_WORDS} does.
   */
  static final List<String> HEADER_SUFFIXES = List.of("类别", "类型", "门类", "名称", "单位", "部门", "项目", "事项",
      "领域", "指标");

  /** The longest header word. */
  static final int MAX_HEADER_WORD = 4;
  /** The longest header cell that opens a table by its last word. */
  static final int MAX_HEADER_CELL = 6;
  /** The longest cell. */
  static final int MAX_CELL = 30;
  /** The fewest cells after the header word that make a table. */
  static final int MIN_CELLS = 4;

  private FlatTable() {}

  /**
   * Marks the lines that are cells of a flattened table.
   *
   * @param lines the cleaned lines, noise marked
   * @param skipped lines already taken for something else
   * @return for each line, whether it is a table cell
   */
  static boolean[] cells(List<CleanLine> lines, boolean[] skipped) {
    boolean[] out = new boolean[lines.size()];
    int i = 0;
    while (i < lines.size()) {
      CleanLine line = lines.get(i);
      if (line.length() > MAX_HEADER_CELL || line.isBlank() || line.noise() != null || skipped[i]
          || !opensTable(line.string())) {
        i++;
        continue;
      }
      int end = i + 1;
      int cells = 0;
      while (end < lines.size()) {
        CleanLine next = lines.get(end);
        if (!next.isBlank() && next.noise() == null && !skipped[end]) {
          if (!isCell(next.string())) {
            break;
          }
          cells++;
        }
        end++;
      }
      if (cells >= MIN_CELLS) {
        for (int k = i; k < end; k++) {
          out[k] = !lines.get(k).isBlank() && lines.get(k).noise() == null && !skipped[k];
        }
      }
      i = end;
    }
    return out;
  }

  /** A header cell that opens a table: a header word, or a short cell ending in a header suffix. */
  static boolean opensTable(String s) {
    if (HEADER_WORDS.contains(s)) {
      return true;
    }
    for (String suffix : HEADER_SUFFIXES) {
      if (s.endsWith(suffix) && s.length() <= MAX_HEADER_CELL && HeadingPatterns.match(s, 0) == null) {
        return true;
      }
    }
    return false;
  }

  /** A cell: short, no full stop, and no label of a heading's first two levels. */
  static boolean isCell(String s) {
    if (s.length() > MAX_CELL || s.indexOf('。') >= 0) {
      return false;
    }
    HeadingPatterns.Label label = HeadingPatterns.match(s, 0);
    return label == null || HeadingPatterns.rank(label.style()) > 2 || label.end() == s.length();
  }
}
