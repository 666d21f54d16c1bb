package dev.fazhi.validation.rules.text;

import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.internal.ReportIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * The one scan of a report's text that the four text rules share (computed once per report through
 * {@link FindingSink#shared}): every {@link TextScanner} hit, placed.
 *
 * <p>Scans the source text when the report carries it, so that residue outside the body (navigation
 * lines, publication lines) is seen and every finding has a line and column; otherwise scans the
 * title, headings and paragraphs one by one and places each hit at its heading path, at the column of
 * the hit on the line where its paragraph starts (or at the paragraph's start after a line break in
 * it). Immutable once computed.
 */
final class TextHits {

  /** Characters of context on each side of a hit in its quote. */
  private static final int CONTEXT = 4;

  /**
   * A hit and where it stands: at {@code offset} of the source text (then {@code location} is null),
   * or at a location of a text of the model.
   */
  record Placed(TextScanner.Hit hit, int offset, SourceLocation location, String headingPath,
      Part part, String quote) {}

  private final List<Placed> hits;

  private TextHits(List<Placed> hits) {
    this.hits = List.copyOf(hits);
  }

  /**
   * The hits of a report, computed once and shared.
   *
   * @param findings the sink of the rule that asks
   * @return the hits
   */
  static TextHits of(FindingSink findings) {
    return findings.shared(TextHits.class,
        report -> scan(report, findings.shared(ReportIndex.class, ReportIndex::of)));
  }

  /** The hits of one kind, in document order. */
  List<Placed> of(TextScanner.Kind kind) {
    List<Placed> out = new ArrayList<>();
    for (Placed placed : hits) {
      if (placed.hit().rule() == kind) {
        out.add(placed);
      }
    }
    return out;
  }

  private static TextHits scan(Report report, ReportIndex index) {
    List<Placed> out = new ArrayList<>();
    Optional<String> source = index.sourceText();
    if (source.isPresent()) {
      Set<String> residueKinds = new HashSet<>();
      TextScanner.Scan scan = new TextScanner.Scan(source.get().length());
      List<TextScanner.Hit> found = scan.run(source.get());
      // The scan met every line end: the index need not search the text for its lines again.
      index.knowLines(scan.lines());
      for (TextScanner.Hit hit : found) {
        if (hit.rule() == TextScanner.Kind.EDITOR_RESIDUE
            && !residueKinds.add(TextScanner.residueKind(hit.argument()))) {
          continue; // the page around a report is one finding per kind, not one per line
        }
        out.add(new Placed(hit, hit.start(), null, null, null,
            ReportIndex.shorten(index.quoteAround(hit.start(), hit.end(), CONTEXT))));
      }
      return new TextHits(out);
    }
    // The title, headings and paragraphs are scanned as one text, each on its own line: no hit can
    // span a line feed (TextScannerTest checks this against scanning them one by one), and one scan
    // of the whole costs about half of many short scans, each of which sets up its window anew. The
    // texts are copied once, straight into the scanner's buffer, sized first to hold them all.
    int count = 1 + report.getPreamble().size();
    for (ReportIndex.Entry entry : index.entries()) {
      count += 1 + entry.section().getParagraphs().size();
    }
    List<Unit> units = new ArrayList<>(count);
    int length = 0;
    if (report.getTitle().isPresent()) {
      length += add(units, report.getTitle().get(), Optional.empty(), null);
    }
    for (Paragraph paragraph : report.getPreamble()) {
      length += add(units, paragraph.getText(), paragraph.getLocation(), null);
    }
    for (ReportIndex.Entry entry : index.entries()) {
      Section section = entry.section();
      length += add(units, section.getHeading().fullText(), section.getLocation(), entry);
      for (Paragraph paragraph : section.getParagraphs()) {
        length += add(units, paragraph.getText(), paragraph.getLocation(), entry);
      }
    }
    TextScanner.Scan scan = new TextScanner.Scan(length);
    int[] starts = new int[units.size()];
    for (int u = 0; u < starts.length; u++) {
      starts[u] = scan.append(units.get(u).text());
      scan.append('\n');
    }
    for (TextScanner.Hit hit : scan.run()) {
      int u = Arrays.binarySearch(starts, hit.start());
      u = u >= 0 ? u : -u - 2;
      int start = starts[u];
      place(out, new TextScanner.Hit(hit.rule(), hit.start() - start, hit.end() - start,
          hit.argument()), units.get(u));
    }
    return new TextHits(out);
  }

  /** One text of the model. */
  private record Unit(String text, Optional<SourceLocation> location, ReportIndex.Entry entry) {}

  /** Adds a text of the model; returns the characters it takes in the joined text. */
  private static int add(List<Unit> units, String text, Optional<SourceLocation> location,
      ReportIndex.Entry entry) {
    units.add(new Unit(text, location, entry));
    return text.length() + 1;
  }

  /** Places a hit in one text of the model: the title, a heading, or a paragraph. */
  private static void place(List<Placed> out, TextScanner.Hit hit, Unit unit) {
    String text = unit.text();
    ReportIndex.Entry entry = unit.entry();
    int from = Math.max(0, hit.start() - CONTEXT);
    int to = Math.min(text.length(), hit.end() + CONTEXT);
    out.add(new Placed(hit, -1,
        unit.location().map(start -> within(start, text, hit.start())).orElse(null),
        entry == null ? null : entry.headingPath(), entry == null ? null : entry.part(),
        ReportIndex.shorten(ReportIndex.strip(text.substring(from, to)))));
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
}
