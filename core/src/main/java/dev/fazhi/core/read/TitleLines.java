package dev.fazhi.core.read;

import java.util.ArrayList;

/**
 * The title step of the reader: the lines the title takes, and an organ's name on a line of its own
 * right after it ({@code 某某县司法局}), which is the issuer and no content.
 *
 * @param title the title, or null for a report with no title line
 * @param issuerLine the organ's name on the line after the title, or null
 * @param skipped the lines taken: the title's and the issuer's
 */
record TitleLines(TitleParser.Title title, String issuerLine, SkippedLines skipped) {

  /**
   * The title step over a text's lines.
   *
   * @param lines the cleaned lines
   * @param title the title the layout found, or null
   * @return the lines the title takes
   */
  static TitleLines of(ArrayList<CleanLine> lines, TitleParser.Title title) {
    if (title == null) {
      return new TitleLines(null, null, SkippedLines.none());
    }
    SkippedLines skipped = SkippedLines.none().with(title.lines());
    int last = title.lines().get(title.lines().size() - 1);
    int issuer = issuerLineAfter(lines, last);
    if (issuer < 0) {
      return new TitleLines(title, null, skipped);
    }
    return new TitleLines(title, stripBrackets(lines.get(issuer).string()), skipped.with(issuer));
  }

  /** The index of an organ's name on a line of its own right after the title, or -1. */
  private static int issuerLineAfter(ArrayList<CleanLine> lines, int last) {
    for (int i = last + 1; i < lines.size(); i++) {
      CleanLine line = lines.get(i);
      if (line.isBlank() || line.noise() != null) {
        continue;
      }
      String s = stripBrackets(line.string());
      if (s.length() <= TitleParser.MAX_TITLE_LINE && TitleParser.endsWithOrgan(s)
          && OutlineBuilder.isHeadingCandidate(s, 40) && HeadingPatterns.match(s, 0) == null
          && PartKeywords.partOf(s).isEmpty() && !s.contains("，")) {
        return i;
      }
      return -1;
    }
    return -1;
  }

  private static String stripBrackets(String s) {
    String out = s;
    if ((out.startsWith("（") || out.startsWith("(")) && (out.endsWith("）") || out.endsWith(")"))) {
      out = out.substring(1, out.length() - 1).strip();
    }
    return out;
  }
}
