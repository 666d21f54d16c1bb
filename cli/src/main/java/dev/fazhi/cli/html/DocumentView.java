package dev.fazhi.cli.html;

import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.json.LinePages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A report as read, block by block, for its page: the source text line by line when the report
 * carries it (a published text), else its title, preamble, headings and paragraphs from the model
 * (a JSON report), with whatever lines they name.
 */
final class DocumentView {

  private DocumentView() {}

  /**
   * The blocks of a report, in document order.
   *
   * @param report the report
   * @param pages the page of each line, for the formats with pages
   * @return the blocks
   */
  static List<DocumentBlock> of(Report report, LinePages pages) {
    Set<Integer> headingLines = new HashSet<>();
    for (Section section : report.allSections()) {
      section.getLocation().ifPresent(l -> headingLines.add(l.getLine()));
    }
    if (report.getSourceText().isPresent()) {
      return DocumentBlock.lines(report.getSourceText().get(), headingLines, pages);
    }
    List<DocumentBlock> out = new ArrayList<>();
    report.getTitle().ifPresent(title -> out.add(new DocumentBlock(null, null, true, title)));
    paragraphs(report.getPreamble(), out);
    sections(report.getSections(), out);
    return out;
  }

  private static void sections(List<Section> sections, List<DocumentBlock> out) {
    for (Section section : sections) {
      out.add(new DocumentBlock(line(section.getLocation().orElse(null)), null, true,
          section.getHeading().fullText()));
      paragraphs(section.getParagraphs(), out);
      sections(section.getSections(), out);
    }
  }

  private static void paragraphs(List<Paragraph> paragraphs, List<DocumentBlock> out) {
    for (Paragraph paragraph : paragraphs) {
      out.add(new DocumentBlock(line(paragraph.getLocation().orElse(null)), null, false,
          paragraph.getText()));
    }
  }

  private static Integer line(SourceLocation location) {
    return location == null ? null : location.getLine();
  }
}
