package dev.fazhi.core.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A cover letter sent upward with a report: a red-head ({@code 青禾县司法局文件}), a document number, a
 * title that sends something ({@code 关于报送2023年度法治政府建设情况报告的函}), a salutation, a paragraph
 * ({@code 现将……报告如下}, {@code 现呈送……请审阅}), the letter's issuer and date. The report is what follows
 * the letter; the letter only helps find the issuer, the year and, when the report gives none, the date.
 */
final class CoverLetter {

  /** Words of a title that sends a document: the title of a letter, not of the report. */
  static final List<String> SENDING_WORDS = List.of("报送", "呈送", "呈报", "上报", "提交", "送审");

  /** Endings of a letter's title. */
  static final List<String> LETTER_ENDINGS = List.of("的函", "函");

  /** The ending of a red-head: {@code 青禾县司法局文件}. */
  static final String RED_HEAD_ENDING = "文件";

  /**
   * What a letter says about the report.
   *
   * @param firstLine the letter's first line (its red-head or title)
   * @param lastLine its last line (its date line, or the line before the report's title)
   * @param issuer the letter's issuer, or null
   * @param date its date line, or null
   * @param dateLine the index of its date line, or -1
   * @param title its title
   */
  record Letter(int firstLine, int lastLine, String issuer, DateLines.Found date, int dateLine, String title) {}

  private CoverLetter() {}

  /** Whether a title is a letter's: it sends something, or it is a 函. */
  static boolean isLetterTitle(String title) {
    if (FigurePatterns.containsAny(title, SENDING_WORDS)) {
      return true;
    }
    for (String ending : LETTER_ENDINGS) {
      if (title.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a letter that runs from its first line to the line before the report's title (or, with no
   * report title after it, to its own date line).
   *
   * @param lines the cleaned lines
   * @param first the letter's first line
   * @param letterTitle the letter's title
   * @param reportTitleLine the first line of the report's own title, or -1 when the report has none
   * @param to the line before which the letter must end (the body's first heading)
   * @return the letter
   */
  static Letter read(ArrayList<CleanLine> lines, int first, TitleParser.Title letterTitle, int reportTitleLine,
      int to) {
    int titleEnd = letterTitle.lines().get(letterTitle.lines().size() - 1);
    int limit = reportTitleLine >= 0 ? reportTitleLine : to;
    DateLines.Found date = null;
    int dateLine = -1;
    String signature = null;
    String redHead = null;
    for (int i = first; i < limit; i++) {
      CleanLine line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String s = line.string();
      if (i < letterTitle.lines().get(0) && s.endsWith(RED_HEAD_ENDING) && s.length() > 3) {
        redHead = s.substring(0, s.length() - RED_HEAD_ENDING.length()).strip();
      }
      if (i > titleEnd && line.noise() == null) {
        DateLines.Found found = DateLines.signedDate(s);
        if (found != null) {
          date = found;
          dateLine = i;
          if (found.start() > 0) {
            signature = s.substring(0, found.start()).strip();
          }
          if (reportTitleLine < 0) {
            limit = i + 1;
            break;
          }
        } else if (s.length() <= DateLines.MAX_SIGNATURE && TitleParser.endsWithOrgan(s)
            && s.indexOf('，') < 0 && s.indexOf('。') < 0) {
          signature = s;
        }
      }
    }
    String issuer = signature;
    if (issuer == null) {
      issuer = TitleParser.issuerOf(letterTitle).map(dev.fazhi.core.model.Issuer::getName).orElse(redHead);
    }
    return new Letter(first, limit - 1, issuer, date, dateLine, letterTitle.text());
  }
}
