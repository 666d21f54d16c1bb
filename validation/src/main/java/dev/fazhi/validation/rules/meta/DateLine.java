package dev.fazhi.validation.rules.meta;

import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.internal.ReportIndex;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Places the findings of the date rules at the date line. Stateless. */
final class DateLine {

  private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

  private DateLine() {}

  /**
   * Places a date finding at the date: its location and the text there, or the date written out when
   * the report carries no source text. A date line stands outside the sections, so no heading path.
   */
  static FindingSink.Draft place(FindingSink.Draft draft, FindingSink findings, LocalDate date,
      Optional<SourceLocation> location) {
    location.ifPresent(draft::location);
    Optional<String> quote = location.flatMap(at ->
        findings.shared(ReportIndex.class, ReportIndex::of).quoteLine(at.getOffset()));
    return draft.quote(quote.orElse(CHINESE_DATE.format(date)));
  }
}
