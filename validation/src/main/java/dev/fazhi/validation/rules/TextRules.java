package dev.fazhi.validation.rules;

import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
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
    Report report = reporter.report();
    TextScanner.Scan scan = new TextScanner.Scan();
    if (report.getTitle().isPresent()) {
      scan(reporter, scan, report.getTitle().get(), Optional.empty(), null, "title", -1);
    }
    List<Paragraph> preamble = report.getPreamble();
    for (int p = 0; p < preamble.size(); p++) {
      scan(reporter, scan, preamble.get(p).getText(), preamble.get(p).getLocation(), null,
          "preamble", p);
    }
    for (ReportIndex.Entry entry : reporter.index().entries()) {
      Section section = entry.section();
      scan(reporter, scan, section.getHeading().fullText(), section.getLocation(), entry,
          "heading", -1);
      List<Paragraph> paragraphs = section.getParagraphs();
      for (int p = 0; p < paragraphs.size(); p++) {
        scan(reporter, scan, paragraphs.get(p).getText(), paragraphs.get(p).getLocation(), entry,
            "paragraphs", p);
      }
    }
  }

  /**
   * Scans one text of the model: the title ({@code title}), a paragraph of the preamble
   * ({@code preamble}, paragraph), a heading ({@code heading}, section) or a paragraph of a section
   * ({@code paragraphs}, section, paragraph).
   */
  private static void scan(Reporter reporter, TextScanner.Scan scan, String text,
      Optional<SourceLocation> location, ReportIndex.Entry entry, String property, int paragraph) {
    List<TextScanner.Hit> hits = scan.run(text);
    for (TextScanner.Hit hit : hits) {
      Reporter.Draft draft = draft(reporter, hit).path(path(entry, property, paragraph, hit.start()));
      location.map(start -> within(start, text, hit.start())).ifPresent(draft::location);
      if (entry != null) {
        draft.headingPath(entry.headingPath());
        if (entry.part() != null) {
          draft.part(entry.part());
        }
      }
      int from = Math.max(0, hit.start() - CONTEXT);
      int to = Math.min(text.length(), hit.end() + CONTEXT);
      draft.quote(ReportIndex.shorten(ReportIndex.strip(text.substring(from, to))));
      draft.add();
    }
  }

  /**
   * The property path of a hit: to the text it stands in, ending in the character offset
   * ({@code sections[0].paragraphs[1].text[12]}).
   */
  private static List<PathStep> path(ReportIndex.Entry entry, String property, int paragraph,
      int offset) {
    List<PathStep> path = entry == null ? new ArrayList<>() : entry.path();
    switch (property) {
      case "title", "heading" -> path.add(PathStep.element(property, offset));
      default -> {
        path.add(PathStep.element(property, paragraph));
        path.add(PathStep.element("text", offset));
      }
    }
    return path;
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
}
