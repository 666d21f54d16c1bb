package dev.fazhi.testing;

import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.EmbeddedPart;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.PartStatus;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.RateBound;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders what a report holds, for failure messages that show what was there. */
final class ReportDescription {

  /** At most this many figures are listed in one message. */
  static final int MAX_FIGURES = 60;

  private ReportDescription() {}

  /** The report's name: its source, else its title. */
  static String report(Report report) {
    return report.getSource().orElse(report.getTitle());
  }

  /** Every part with a section of its own, and every embedded part, one per line. */
  static String parts(Report report) {
    StringBuilder out = new StringBuilder("Parts with a section of their own:");
    boolean any = false;
    for (Part part : Part.values()) {
      PartStatus status = report.partStatus(part);
      if (status.hasSection()) {
        any = true;
        out.append("\n  ").append(part).append(": ").append(heading(status.getFirstSection().get()));
        int more = report.sectionsOf(part).size() - 1;
        if (more > 0) {
          out.append(" and ").append(more).append(" more section(s)");
        }
      }
    }
    if (!any) {
      out.append("\n  (none)");
    }
    out.append("\nParts discussed inside another part:");
    if (report.getEmbeddedParts().isEmpty()) {
      out.append("\n  (none)");
    }
    for (Map.Entry<Part, EmbeddedPart> entry : report.getEmbeddedParts().entrySet()) {
      EmbeddedPart embedded = entry.getValue();
      out.append("\n  ").append(entry.getKey()).append(" in ").append(embedded.getEmbeddedIn());
      embedded.getQuote().ifPresent(quote -> out.append(": \"").append(quote).append('"'));
      out.append(at(embedded.getLocation()));
    }
    return out.toString();
  }

  /** Every heading in document order, indented by level. */
  static String headings(Report report) {
    List<Section> sections = report.allSections();
    if (sections.isEmpty()) {
      return "  (no headings)";
    }
    StringBuilder out = new StringBuilder();
    for (Section section : sections) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append("  ".repeat(Math.max(section.getHeading().getLevel(), 1))).append(heading(section));
    }
    return out.toString();
  }

  /** The top-level headings, one per line. */
  static String topLevelHeadings(Report report) {
    if (report.getSections().isEmpty()) {
      return "  (no sections)";
    }
    StringBuilder out = new StringBuilder();
    for (Section section : report.getSections()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append("  ").append(heading(section));
    }
    return out.toString();
  }

  /** A heading as it reads, quoted, with its line. */
  static String heading(Section section) {
    return "\"" + section.getHeading().fullText() + "\"" + at(section.getLocation());
  }

  /** Every figure of the report, one per line, at most {@link #MAX_FIGURES}. */
  static String figures(Report report) {
    List<Figure> figures = report.allFigures();
    if (figures.isEmpty()) {
      return "  (no figures)";
    }
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (Figure figure : figures) {
      if (shown == MAX_FIGURES) {
        out.append("\n  ... and ").append(figures.size() - shown).append(" more");
        break;
      }
      if (shown > 0) {
        out.append('\n');
      }
      out.append("  ").append(figure(figure));
      shown++;
    }
    return out.toString();
  }

  /** One figure: kind, subject, numbers, line and quote. */
  static String figure(Figure figure) {
    StringBuilder out = new StringBuilder(figure.kind().name());
    if (!figure.getSubject().isEmpty()) {
      out.append(' ').append(figure.getSubject());
    }
    out.append(": ").append(numbers(figure));
    if (figure.isApproximate()) {
      out.append(" (approximate)");
    }
    out.append(at(figure.getLocation()));
    figure.getQuote().ifPresent(quote -> out.append(" \"").append(quote).append('"'));
    return out.toString();
  }

  private static String numbers(Figure figure) {
    if (figure instanceof TaskCompletion task) {
      return "assigned " + task.getAssigned() + ", completed " + task.getCompleted()
          + (task.getClosed().isPresent() ? ", closed " + task.getClosed().getAsLong() : "")
          + task.getRatePercent().map(rate -> ", rate " + rate.toPlainString() + "%" + bound(task.getRateBound()))
              .orElse("");
    }
    if (figure instanceof Rate rate) {
      return rate.getNumerator() + "/" + rate.getDenominator() + " at "
          + rate.getRatePercent().toPlainString() + "%" + bound(rate.getRateBound());
    }
    if (figure instanceof Breakdown breakdown) {
      return "total " + breakdown.getTotal() + ", parts " + breakdown.getParts();
    }
    if (figure instanceof Subset subset) {
      return subset.getSubset() + " of " + subset.getTotal();
    }
    if (figure instanceof Count count) {
      return count.getValue() + count.getUnit();
    }
    Amount amount = (Amount) figure;
    return amount.getYuan().toPlainString() + " yuan (written in " + amount.getStatedUnit().symbol() + ")";
  }

  private static String bound(RateBound bound) {
    return switch (bound) {
      case EXACT -> "";
      case AT_LEAST -> " or more";
      case AT_MOST -> " or less";
    };
  }

  /** {@code " (line N)"} for a location, empty without one. */
  static String at(Optional<SourceLocation> location) {
    return location.map(where -> " (line " + where.getLine() + ")").orElse("");
  }
}
