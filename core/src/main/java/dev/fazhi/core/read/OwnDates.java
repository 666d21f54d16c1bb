package dev.fazhi.core.read;

import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.SourceLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The signature step of the reader: the dates the report's own lines give, and the lines they take.
 * The publication date comes from the first publication line that gives one; the signing date from the
 * date line at the end, with the issuer's name before or after it, or else from a date line right under
 * the title.
 *
 * @param signedOn the signing date, or null
 * @param signedAt where it stands, or null
 * @param publishedOn the publication date, or null
 * @param publishedAt where it stands, or null
 * @param skipped the lines taken before, with the date line and the signature added
 */
record OwnDates(LocalDate signedOn, SourceLocation signedAt, LocalDate publishedOn,
    SourceLocation publishedAt, SkippedLines skipped) {

  /** Whether the report's own lines gave a signing date. */
  boolean signed() {
    return signedOn != null;
  }

  /** Whether the report's own lines gave a publication date. */
  boolean published() {
    return publishedOn != null;
  }

  /**
   * Sets the dates found on a report.
   *
   * @param report the report being built
   */
  void applyTo(ImmutableReport.Builder report) {
    if (publishedOn != null) {
      report.publishedOn(publishedOn).publishedOnLocation(publishedAt);
    }
    if (signedOn != null) {
      report.signedOn(signedOn).signedOnLocation(signedAt);
    }
  }

  /**
   * The signature step over a text's lines.
   *
   * @param lines the cleaned lines
   * @param source the source text, to locate the dates
   * @param title the title step's result
   * @return the dates found and the lines taken
   */
  static OwnDates of(ArrayList<CleanLine> lines, SourceText source, TitleLines title) {
    LocalDate publishedOn = null;
    SourceLocation publishedAt = null;
    for (int i = 0; i < lines.size(); i++) {
      CleanLine line = lines.get(i);
      if (line.noise() == NoiseTable.Kind.PUBLICATION) {
        DateLines.Found found = DateLines.publicationDate(line.string());
        if (found != null) {
          publishedOn = found.date();
          publishedAt = source.locate(line.text().offsetAt(found.start()));
          break;
        }
      }
    }
    SkippedLines skipped = title.skipped();
    // signing date: the date line at the end, with the issuer's name before or after it
    List<Integer> tail = new ArrayList<>(2);
    for (int i = lines.size() - 1; i >= 0 && tail.size() < 2; i--) {
      CleanLine line = lines.get(i);
      if (!line.isBlank() && line.noise() == null && !skipped.contains(i)) {
        tail.add(i);
      }
    }
    for (int k = 0; k < tail.size(); k++) {
      int i = tail.get(k);
      CleanLine line = lines.get(i);
      DateLines.Found found = DateLines.signedDate(line.string());
      if (found != null) {
        SourceLocation at = source.locate(line.text().offsetAt(found.start()));
        if (k == 1) {
          skipped = skipped.with(i, tail.get(0)); // the signature after the date
        } else if (tail.size() > 1 && isSignature(lines.get(tail.get(1)).string())) {
          skipped = skipped.with(i, tail.get(1));
        } else {
          skipped = skipped.with(i);
        }
        return new OwnDates(found.date(), at, publishedOn, publishedAt, skipped);
      }
      if (k == 0 && !isSignature(line.string())) {
        break;
      }
    }
    // a date line right under the title
    if (title.title() != null) {
      List<Integer> titleLines = title.title().lines();
      for (int i = titleLines.get(titleLines.size() - 1) + 1; i < lines.size(); i++) {
        CleanLine line = lines.get(i);
        if (line.isBlank() || line.noise() != null || skipped.contains(i)) {
          continue;
        }
        DateLines.Found found = DateLines.pureDate(line.string());
        if (found != null) {
          return new OwnDates(found.date(), source.locate(line.text().offsetAt(found.start())),
              publishedOn, publishedAt, skipped.with(i));
        }
        break;
      }
    }
    return new OwnDates(null, null, publishedOn, publishedAt, skipped);
  }

  private static boolean isSignature(String s) {
    return s.length() <= DateLines.MAX_SIGNATURE && TitleParser.endsWithOrgan(s)
        && OutlineBuilder.isHeadingCandidate(s, DateLines.MAX_SIGNATURE) && !s.contains("，");
  }
}
