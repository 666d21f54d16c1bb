package dev.fazhi.cli.html;

import dev.fazhi.validation.json.LinePages;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * One paragraph (or heading, or line) of a report as read, as its page shows it.
 *
 * @param line the 1-based line it starts on, or null when the report does not say
 * @param page the 1-based page it stands on, or null for formats without pages
 * @param heading whether it is a section heading
 * @param text the text
 */
record DocumentBlock(Integer line, Integer page, boolean heading, String text) {

  /**
   * Splits a source text into its lines, keeping the line numbers of the source and leaving out blank
   * lines. Lines end at {@code \n}, {@code \r\n} or {@code \r}, as the reader counts them.
   *
   * @param text the source text
   * @param headingLines the lines that hold section headings
   * @param pages the page of each line, for the formats with pages
   * @return the blocks
   */
  static List<DocumentBlock> lines(String text, java.util.Set<Integer> headingLines, LinePages pages) {
    List<DocumentBlock> out = new ArrayList<>();
    int line = 1;
    int start = 0;
    int length = text.length();
    for (int i = 0; i <= length; i++) {
      boolean end = i == length || text.charAt(i) == '\n' || text.charAt(i) == '\r';
      if (!end) {
        continue;
      }
      String content = text.substring(start, i);
      if (!content.isBlank()) {
        OptionalInt page = pages.page(line);
        out.add(new DocumentBlock(line, page.isPresent() ? page.getAsInt() : null, headingLines.contains(line),
            content));
      }
      if (i < length && text.charAt(i) == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
        i++;
      }
      start = i + 1;
      line++;
    }
    return out;
  }
}
