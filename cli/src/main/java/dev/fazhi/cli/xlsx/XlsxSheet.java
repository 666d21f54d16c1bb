package dev.fazhi.cli.xlsx;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One sheet of the workbook, written row by row: a bold header row that stays in view, a filter over
 * every column, and column widths that fit the widest text written (a Chinese character counts two).
 */
final class XlsxSheet {

  /** The longest text a cell holds. */
  static final int MAX_CELL = 32_767;

  private static final int MAX_WIDTH = 80;

  private final SXSSFSheet sheet;
  private final CellStyle date;
  private final int[] widths;
  private int next;

  XlsxSheet(SXSSFSheet sheet, List<String> header, CellStyle bold, CellStyle date) {
    this.sheet = sheet;
    this.date = date;
    this.widths = new int[header.size()];
    Row row = sheet.createRow(next++);
    for (int i = 0; i < header.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(header.get(i));
      cell.setCellStyle(bold);
      widen(i, header.get(i));
    }
    sheet.createFreezePane(0, 1);
  }

  /**
   * Adds a row. Values may be strings, numbers, dates or null (an empty cell).
   *
   * @param values the values, one per column
   */
  void add(Object... values) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
        widen(i, value.toString());
      } else if (value instanceof LocalDate day) {
        cell.setCellValue(day);
        cell.setCellStyle(date);
        widen(i, "0000-00-00");
      } else {
        String text = value.toString();
        text = text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text;
        cell.setCellValue(text);
        widen(i, text);
      }
    }
  }

  /** Sets the filter over the rows written and the column widths; call once, after the last row. */
  void finish() {
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, widths.length - 1));
    for (int i = 0; i < widths.length; i++) {
      // +2 for the filter's drop-down button; the unit is 1/256 of a character.
      sheet.setColumnWidth(i, Math.min(MAX_WIDTH, widths[i] + 3) * 256);
    }
  }

  /** A text's width in characters of the sheet's font: a Chinese (or other wide) character counts two. */
  private static int columns(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      width += text.charAt(i) >= 0x1100 ? 2 : 1;
    }
    return width;
  }

  private void widen(int column, String text) {
    int width = columns(text);
    if (width > widths[column]) {
      widths[column] = width;
    }
  }
}
