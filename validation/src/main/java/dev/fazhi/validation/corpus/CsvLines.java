package dev.fazhi.validation.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, read in one linear pass: commas between fields, fields in double quotes may hold
 * commas, line breaks and {@code ""} for a quote. A leading byte order mark is skipped. A quote left
 * open, or text after a closing quote, is an error naming its line.
 */
final class CsvLines {

  /**
   * One record.
   *
   * @param line the line it starts on, from 1
   * @param cells its fields
   */
  record Row(int line, List<String> cells) {}

  private CsvLines() {}

  static List<Row> parse(String text) throws RosterException {
    List<Row> rows = new ArrayList<>();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int n = text.length();
    int line = 1;
    while (i < n) {
      int rowLine = line;
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean endOfRow = false;
      while (!endOfRow) {
        if (i < n && text.charAt(i) == '"') {
          int openedOn = line;
          i++;
          while (true) {
            if (i >= n) {
              throw new RosterException(openedOn, "roster.open-quote");
            }
            char c = text.charAt(i);
            if (c == '"') {
              if (i + 1 < n && text.charAt(i + 1) == '"') {
                cell.append('"');
                i += 2;
                continue;
              }
              i++;
              break;
            }
            if (c == '\n') {
              line++;
            }
            cell.append(c);
            i++;
          }
          if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            throw new RosterException(line, "roster.after-quote");
          }
        }
        while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          if (text.charAt(i) == '"') {
            throw new RosterException(line, "roster.stray-quote");
          }
          cell.append(text.charAt(i++));
        }
        cells.add(cell.toString());
        cell.setLength(0);
        if (i < n && text.charAt(i) == ',') {
          i++;
          continue;
        }
        if (i < n && text.charAt(i) == '\r') {
          i++;
        }
        if (i < n && text.charAt(i) == '\n') {
          i++;
        }
        line++;
        endOfRow = true;
      }
      rows.add(new Row(rowLine, cells));
    }
    return rows;
  }
}
