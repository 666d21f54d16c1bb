package dev.fazhi.validation.rules;

import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.internal.CatalogEntry;
import dev.fazhi.validation.internal.PathStep;
import dev.fazhi.validation.internal.ReportIndex;
import dev.fazhi.validation.internal.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * text.doubled-punctuation, text.letter-in-number, text.repeated-phrase and text.editor-residue.
 *
 * <p>Scans the source text when the report carries it, so that residue outside the body (navigation
 * lines, publication lines) is seen and every finding has a line and column; otherwise scans the title,
 * headings and paragraphs one by one and places findings at their heading path, at the column of the
 * hit on the line where its paragraph starts (or at the paragraph's start after a line break in it). The property path
 * ends in the character offset of the finding ({@code sourceText[544]},
 * {@code sections[0].paragraphs[1].text[12]}), so that every finding is a violation of its own.
 */
final class TextRules implements RuleGroup {

  private static final int CONTEXT = 4;

  private record Unit(String text, Optional<SourceLocation> location, List<PathStep> path,
      String headingPath, Part part) {}

  @Override
  public void check(Reporter reporter) {
    if (!(reporter.enabled(CatalogEntry.DOUBLED_PUNCTUATION)
        || reporter.enabled(CatalogEntry.LETTER_IN_NUMBER)
        || reporter.enabled(CatalogEntry.REPEATED_PHRASE)
        || reporter.enabled(CatalogEntry.EDITOR_RESIDUE))) {
      return;
    }
    Optional<String> source = reporter.index().sourceText();
    if (source.isPresent()) {
      for (TextScanner.Hit hit : TextScanner.scan(source.get())) {
        Reporter.Draft draft = draft(reporter, hit).at(hit.start());
        draft.quote(ReportIndex.shorten(
            reporter.index().quoteAround(hit.start(), hit.end(), CONTEXT)));
        draft.add();
      }
      return;
    }
    for (Unit unit : units(reporter)) {
      for (TextScanner.Hit hit : TextScanner.scan(unit.text())) {
        List<PathStep> path = new ArrayList<>(unit.path());
        PathStep last = path.remove(path.size() - 1);
        path.add(PathStep.element(last.name(), hit.start()));
        Reporter.Draft draft = draft(reporter, hit).path(path);
        unit.location().map(start -> within(start, unit.text(), hit.start())).ifPresent(draft::location);
        if (unit.headingPath() != null) {
          draft.headingPath(unit.headingPath());
        }
        if (unit.part() != null) {
          draft.part(unit.part());
        }
        int from = Math.max(0, hit.start() - CONTEXT);
        int to = Math.min(unit.text().length(), hit.end() + CONTEXT);
        draft.quote(ReportIndex.shorten(ReportIndex.strip(unit.text().substring(from, to))));
        draft.add();
      }
    }
  }

  /**
   * Where a hit stands, from the location of the text it was found in: on the same line, that many
   * columns further, when no line break comes before it in the text. After a line break the column
   * cannot be known (a reader joins broken lines without a trace), so the text's start stands for it.
   */
  static SourceLocation within(SourceLocation start, String text, int index) {
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return start;
      }
    }
    return SourceLocation.of(start.getLine(), start.getColumn() + index, start.getOffset() + index);
  }

  private static Reporter.Draft draft(Reporter reporter, TextScanner.Hit hit) {
    String name = switch (hit.rule()) {
      case DOUBLED_PUNCTUATION -> "mark";
      case LETTER_IN_NUMBER -> "number";
      case REPEATED_PHRASE -> "phrase";
      default -> "residue";
    };
    return reporter.draft(hit.rule(), null).argument(name, hit.argument())
        .actual(hit.argument());
  }

  private static List<Unit> units(Reporter reporter) {
    List<Unit> units = new ArrayList<>();
    units.add(new Unit(reporter.report().getTitle(), Optional.empty(),
        List.of(PathStep.property("title")), null, null));
    List<Paragraph> preamble = reporter.report().getPreamble();
    for (int p = 0; p < preamble.size(); p++) {
      units.add(new Unit(preamble.get(p).getText(), preamble.get(p).getLocation(),
          List.of(PathStep.element("preamble", p), PathStep.property("text")), null, null));
    }
    for (ReportIndex.Entry entry : reporter.index().entries()) {
      List<PathStep> heading = new ArrayList<>(entry.path());
      heading.add(PathStep.property("heading"));
      units.add(new Unit(entry.section().getHeading().fullText(), entry.section().getLocation(),
          heading, entry.headingPath(), entry.part()));
      List<Paragraph> paragraphs = entry.section().getParagraphs();
      for (int p = 0; p < paragraphs.size(); p++) {
        List<PathStep> path = new ArrayList<>(entry.path());
        path.add(PathStep.element("paragraphs", p));
        path.add(PathStep.property("text"));
        units.add(new Unit(paragraphs.get(p).getText(), paragraphs.get(p).getLocation(), path,
            entry.headingPath(), entry.part()));
      }
    }
    return units;
  }
}
