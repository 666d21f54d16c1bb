package dev.fazhi.validation.rules.text;

import dev.fazhi.validation.internal.ReportIndex;

/** Quotes of residue the file carries beside the text: shortened as every quote is. */
final class TextQuotes {

  private TextQuotes() {}

  static String shorten(String text) {
    return ReportIndex.shorten(ReportIndex.strip(text));
  }
}
