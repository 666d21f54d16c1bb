package dev.fazhi.validation.json;

import dev.fazhi.core.model.EmbeddedPart;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a report holds one of the five parts: a section of its own, inside another part, or nowhere;
 * the {@code parts} object of the findings JSON ({@link FindingsJson}) and what a text listing shows.
 *
 * @param part the part
 * @param heading the full heading of the part's first section, or null
 * @param embeddedIn the part it is discussed inside, or null
 * @param line the line of the heading or discussion, or null when unknown
 * @param quote the quote of the discussion, or null
 */
public record PartPresence(Part part, String heading, Part embeddedIn, Integer line, String quote) {

  /**
   * Whether the part has a section of its own.
   *
   * @return true when {@link #heading()} is set
   */
  public boolean hasSection() {
    return heading != null;
  }

  /**
   * Whether the part is only discussed inside another part.
   *
   * @return true when {@link #embeddedIn()} is set and there is no section
   */
  public boolean isEmbedded() {
    return heading == null && embeddedIn != null;
  }

  /**
   * Whether the report holds the part nowhere.
   *
   * @return true when neither a section nor a discussion was found
   */
  public boolean isAbsent() {
    return heading == null && embeddedIn == null;
  }

  /**
   * The five parts of a report, in the regulation's order.
   *
   * @param report the report
   * @return one presence per part
   */
  public static List<PartPresence> of(Report report) {
    List<Section> sections = report.allSections();
    List<PartPresence> out = new ArrayList<>();
    for (Part part : Part.values()) {
      Section first = null;
      for (Section section : sections) {
        if (section.getPart().filter(part::equals).isPresent()) {
          first = section;
          break;
        }
      }
      EmbeddedPart embedded = report.getEmbeddedParts().get(part);
      if (first != null) {
        out.add(new PartPresence(part, first.getHeading().fullText(), null,
            first.getLocation().map(SourceLocation::getLine).orElse(null), null));
      } else if (embedded != null) {
        out.add(new PartPresence(part, null, embedded.getEmbeddedIn(),
            embedded.getLocation().map(SourceLocation::getLine).orElse(null),
            embedded.getQuote().orElse(null)));
      } else {
        out.add(new PartPresence(part, null, null, null, null));
      }
    }
    return List.copyOf(out);
  }
}
