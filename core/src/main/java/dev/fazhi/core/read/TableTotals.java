package dev.fazhi.core.read;

import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Figure;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code 合计} row of a table flattened one cell per line ({@link FlatTable}) as a total: in each
 * column of counts, the cells of the rows above it are the parts of the total in the {@code 合计} row, a
 * {@link Breakdown} that {@code metric.breakdown-sum} checks.
 *
 * <p>A flattened table has lost its shape; the rule finds it again from the total row, and computes
 * nothing unless exactly one shape fits:
 * <ol>
 *   <li>the total row starts at the one cell that is a word of {@link #TOTAL_WORDS} and runs to the end;
 *       its label covers the first column, or the first two (a merged {@code 序号} and name cell), so a
 *       table of {@code k} columns has a total row of {@code k} or {@code k - 1} cells;
 *   <li>the cells before it are a header row and at least {@value #MIN_PARTS} rows of exactly {@code k}
 *       cells: the header holds no number, and every column holds either numbers in every row or in none;
 *       a column of numbers under a label that a merged total cell covers does not fit;
 *   <li>a table with a row of {@link #NOT_PART_ROWS} ({@code 其中}, {@code 小计}) is no set of parts of one
 *       whole and is not computed; nor is a table that two shapes fit.
 * </ol>
 * A column is summed only when all its cells are whole counts in one measure word (or none), and it is
 * not a column of serial numbers (1, 2, 3 … in order), years, or a header of {@link #NOT_SUMMED_HEADERS}
 * (rates, shares, changes, ranks, codes, dates); a rate cell ({@code %}) or an approximate one
 * ({@code 20余}) leaves its column unchecked. Amounts with decimals are not summed (a breakdown holds
 * whole counts). Linear in the cells.
 */
final class TableTotals {

  /** The label cells of a total row. */
  static final List<String> TOTAL_WORDS = List.of("合计", "总计", "合计数", "总数", "共计");
  /** Row labels that make rows no parts of one whole: a subset of the row above, a subtotal. */
  static final List<String> NOT_PART_ROWS = List.of("其中", "小计", "含", "包括");
  /** Words of a column header whose column is never summed. */
  static final List<String> NOT_SUMMED_HEADERS = List.of("率", "比例", "占比", "比重", "百分比", "同比", "环比",
      "增减", "增幅", "增长", "下降", "变化", "排名", "名次", "得分", "分值", "平均", "均值", "序号", "编号",
      "代码", "文号", "年份", "日期", "时间", "时限", "电话");
  /** The fewest rows of parts above a total. */
  static final int MIN_PARTS = 2;
  /** The most columns a flattened table is taken to have. */
  static final int MAX_COLUMNS = 12;
  /** The range of numbers taken for years in a column of bare numbers. */
  static final int FIRST_YEAR = 1949;
  static final int LAST_YEAR = 2100;

  private TableTotals() {}

  /** A cell read as a whole count: its value and measure word ("" when none). */
  record Count(long value, String unit) {}

  /**
   * The totals of a table's {@code 合计} row.
   *
   * @param cells the table's cells in reading order, as {@link FlatTable} found them
   * @param source the source text
   * @return a breakdown for each column of counts that the total row totals, or nothing
   */
  static List<Figure> figures(List<MappedText> cells, SourceText source) {
    Shape shape = shape(cells);
    if (shape == null) {
      return List.of();
    }
    List<Figure> out = new ArrayList<>();
    int totalAt = shape.totalAt;
    for (int c = shape.span; c < shape.columns; c++) {
      Breakdown b = column(cells, shape, c);
      if (b == null) {
        continue;
      }
      StringBuilder quote = new StringBuilder(cells.get(totalAt).text());
      for (int k = totalAt + 1; k <= shape.totalCell(c); k++) {
        quote.append(' ').append(cells.get(k).text());
      }
      String q = quote.length() > Quotes.MAX_QUOTE ? quote.substring(0, Quotes.MAX_QUOTE)
          : quote.toString();
      out.add(Breakdown.builder().from(b).location(source.locate(cells.get(totalAt).offsetAt(0)))
          .quote(q).build());
    }
    return out;
  }

  /**
   * The table's shape: its column count and where its total row stands, when exactly one fits.
   *
   * @param columns the number of columns
   * @param span how many columns the total row's label covers (1 or 2)
   * @param totalAt the index of the total row's label cell
   */
  record Shape(int columns, int span, int totalAt) {
    int rows() {
      return totalAt / columns - 1;
    }

    int cell(int row, int column) {
      return (row + 1) * columns + column;
    }

    int totalCell(int column) {
      return totalAt + 1 + column - span;
    }
  }

  /** The one shape that fits the cells, or null when none or several do. */
  static Shape shape(List<MappedText> cells) {
    int totalAt = -1;
    for (int i = 0; i < cells.size(); i++) {
      String s = bare(cells.get(i).text());
      if (TOTAL_WORDS.contains(s)) {
        if (totalAt >= 0) {
          return null; // two total rows: which rows belong to which is not told
        }
        totalAt = i;
      }
      for (String word : NOT_PART_ROWS) {
        if (s.startsWith(word)) {
          return null;
        }
      }
    }
    if (totalAt < 0) {
      return null;
    }
    int totalRow = cells.size() - totalAt;
    Shape found = null;
    for (int span = 1; span <= 2; span++) {
      int columns = totalRow - 1 + span;
      if (columns < 2 || columns > MAX_COLUMNS || totalAt % columns != 0
          || totalAt / columns - 1 < MIN_PARTS) {
        continue;
      }
      Shape candidate = new Shape(columns, span, totalAt);
      if (fits(cells, candidate)) {
        if (found != null) {
          return null; // ambiguous: never computed
        }
        found = candidate;
      }
    }
    return found;
  }

  /** Whether the cells read as a header, rows of parts and a total row in this shape. */
  private static boolean fits(List<MappedText> cells, Shape shape) {
    for (int c = 0; c < shape.columns; c++) {
      if (count(cells.get(c).text()) != null) {
        return false; // a header holds words
      }
    }
    boolean labels = false;
    for (int c = 0; c < shape.columns; c++) {
      int numbers = 0;
      for (int r = 0; r < shape.rows(); r++) {
        if (count(cells.get(shape.cell(r, c)).text()) != null) {
          numbers++;
        }
      }
      if (numbers != 0 && numbers != shape.rows()) {
        return false; // a column of numbers in some rows only: the cells are out of step
      }
      if (numbers == 0) {
        labels = true;
      } else if (c > 0 && c < shape.span) {
        return false; // a merged total label over a column of numbers
      }
    }
    return labels;
  }

  /** The breakdown of one column, or null when the column is not one to sum. */
  private static Breakdown column(List<MappedText> cells, Shape shape, int c) {
    String header = bare(cells.get(c).text());
    for (String word : NOT_SUMMED_HEADERS) {
      if (header.contains(word)) {
        return null;
      }
    }
    Count total = count(cells.get(shape.totalCell(c)).text());
    if (total == null) {
      return null;
    }
    List<Long> parts = new ArrayList<>(shape.rows());
    boolean serial = true;
    boolean years = true;
    for (int r = 0; r < shape.rows(); r++) {
      Count part = count(cells.get(shape.cell(r, c)).text());
      if (part == null || !part.unit().equals(total.unit())) {
        return null;
      }
      parts.add(part.value());
      serial &= part.value() == r + 1 && part.unit().isEmpty();
      years &= part.unit().isEmpty() && part.value() >= FIRST_YEAR && part.value() <= LAST_YEAR;
    }
    if (serial || years) {
      return null;
    }
    List<String> names = new ArrayList<>(shape.rows());
    int label = labelColumn(cells, shape);
    for (int r = 0; r < shape.rows(); r++) {
      names.add(label < 0 ? "" : cells.get(shape.cell(r, label)).text());
    }
    return Breakdown.builder().total(total.value()).parts(parts).partNames(label < 0 ? List.of() : names)
        .subject(header).build();
  }

  /** The first column of words: the rows' names. */
  private static int labelColumn(List<MappedText> cells, Shape shape) {
    for (int c = 0; c < shape.columns; c++) {
      if (count(cells.get(shape.cell(0, c)).text()) == null) {
        return c;
      }
    }
    return -1;
  }

  /** A cell's text without spaces ({@code 合 计}). */
  static String bare(String s) {
    return s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0 ? s : s.replace(" ", "").replace("\u3000", "");
  }

  /**
   * A cell that is a whole count: digits (full-width too, thousands grouped by commas) and at most a
   * measure word of {@link FigurePatterns#COUNT_UNITS}; null for anything else (words, rates, decimals,
   * approximate figures, dates).
   */
  static Count count(String cell) {
    String s = CharClasses.fold(bare(cell));
    int n = s.length();
    if (n == 0 || !CharClasses.isDigit(s.charAt(0))) {
      return null; // most cells: no allocation
    }
    long value = 0;
    int i = 0;
    int digits = 0;
    for (; i < n; i++) {
      char ch = s.charAt(i);
      if (CharClasses.isDigit(ch)) {
        if (digits >= 15) {
          return null;
        }
        value = value * 10 + CharClasses.digit(ch);
        digits++;
      } else if ((ch == ',' || ch == '，') && digits > 0 && groupOfThree(s, i + 1)) {
        continue;
      } else {
        break;
      }
    }
    String unit = s.substring(i);
    if (!unit.isEmpty() && !unit.equals(FigurePatterns.COUNT_UNITS.longestAt(unit, 0))) {
      return null;
    }
    return new Count(value, unit);
  }

  private static boolean groupOfThree(String s, int from) {
    for (int k = from; k < from + 3; k++) {
      if (k >= s.length() || !CharClasses.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return from + 3 == s.length() || !CharClasses.isDigit(s.charAt(from + 3));
  }
}
