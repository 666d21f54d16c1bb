package dev.fazhi.core.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where the report stands in a text that carries more than the report: the page around it (bars,
 * menus, breadcrumbs, the site's name, the footer), the page's metadata block, a cover letter, what
 * printing left (page numbers, running headers, spaced characters, lines broken at the page width) and
 * flattened tables. Marks each such line as noise of its kind, so that no later step takes it for the
 * title, a heading, content or a figure, and reads the metadata block and the letter.
 *
 * <p>The page's rules ({@link PageChrome}) apply only above the body's first heading and below the date
 * line; the markers of {@link NoiseTable}, page numbers and the metadata block's labels apply anywhere.
 * With {@link ReadHints#isChromeRemoved()}, no line is taken for the page or its metadata.
 */
final class ReportLayout {

  /** The words that close a report on a line of their own. */
  static final List<String> CLOSING_FORMULAS = List.of("特此报告", "特此汇报", "专此报告", "以上报告", "特此报告如上");

  /** The shortest line that ends the page's head as a paragraph of the report (or of its letter). */
  static final int MIN_PARAGRAPH = 40;

  /** The longest closing formula, with its full stop. */
  static final int MAX_CLOSING_FORMULA = 8;

  /** The most content lines after the date line that may be the page's footer. */
  static final int MAX_FOOTER_LINES = 15;
  /** The longest footer line that no marker names. */
  static final int MAX_FOOTER_LINE = 60;

  final ArrayList<CleanLine> lines;
  final MetadataBlock.Read metadata;
  final TitleParser.Title title;
  final CoverLetter.Letter letter;
  final int pageWidth;
  final boolean[] tableCells;

  private ReportLayout(ArrayList<CleanLine> lines, MetadataBlock.Read metadata, TitleParser.Title title,
      CoverLetter.Letter letter, int pageWidth, boolean[] tableCells) {
    this.lines = lines;
    this.metadata = metadata;
    this.title = title;
    this.letter = letter;
    this.pageWidth = pageWidth;
    this.tableCells = tableCells;
  }

  static ReportLayout of(ArrayList<CleanLine> cleaned, ReadHints hints) {
    ArrayList<CleanLine> lines = new ArrayList<>(cleaned.size());
    for (int i = 0; i < cleaned.size(); i++) {
      lines.add(printed(cleaned.get(i)));
    }
    int body = bodyStart(lines);
    int head = headEnd(lines, body);
    MetadataBlock.Read metadata = new MetadataBlock.Read();
    if (!hints.isChromeRemoved()) {
      running(lines, body);
      metadata = metadata(lines, 0, head, metadata);
      for (int i = 0; i < head; i++) {
        if (isContent(lines.get(i)) && PageChrome.isChrome(lines.get(i).string())) {
          mark(lines, i, NoiseTable.Kind.SITE);
        }
      }
    }
    TitleParser.Title title = TitleParser.findNamed(lines, 0, body);
    CoverLetter.Letter letter = null;
    if (title != null && CoverLetter.isLetterTitle(title.text())) {
      TitleParser.Title letterTitle = title;
      int after = last(letterTitle) + 1;
      title = TitleParser.findNamed(lines, after, body);
      while (title != null && CoverLetter.isLetterTitle(title.text())) {
        title = TitleParser.findNamed(lines, last(title) + 1, body);
      }
      int first = firstContent(lines, 0, letterTitle.lines().get(0));
      letter = CoverLetter.read(lines, first, letterTitle, title == null ? -1 : title.lines().get(0), body);
      for (int i = letter.firstLine(); i <= letter.lastLine(); i++) {
        if (isContent(lines.get(i))) {
          mark(lines, i, NoiseTable.Kind.LETTER);
        }
      }
      if (title == null) {
        body = Math.max(body, letter.lastLine() + 1);
      }
    }
    if (title != null && !hints.isChromeRemoved()) {
      // above the title: the page, a red-head, a document number; none of it the report's
      for (int i = 0; i < title.lines().get(0); i++) {
        if (isContent(lines.get(i))) {
          mark(lines, i, NoiseTable.Kind.SITE);
        }
      }
    }
    if (title == null) {
      title = TitleParser.find(lines);
    }
    if (!hints.isChromeRemoved()) {
      metadata = footer(lines, body, metadata);
    }
    boolean[] skipped = new boolean[lines.size()];
    if (title != null) {
      for (int i : title.lines()) {
        skipped[i] = true;
      }
    }
    boolean[] table = FlatTable.cells(lines, skipped);
    return new ReportLayout(lines, metadata, title, letter, PrintedLayout.pageWidth(lines), table);
  }

  /** Spaced characters joined, page numbers and closing formulas marked. */
  private static CleanLine printed(CleanLine line) {
    if (line.isBlank() || line.noise() != null) {
      return line;
    }
    MappedText despaced = line.mayHoldSpace() ? PrintedLayout.despaced(line.text()) : line.text();
    CleanLine out = despaced == line.text() ? line : new CleanLine(despaced, line.lineIndex(), null);
    String s = out.string();
    if (PrintedLayout.isPageNumber(s)) {
      return out.withNoise(NoiseTable.Kind.PAGE_MARK);
    }
    if (isClosingFormula(s)) {
      return out.withNoise(NoiseTable.Kind.CLOSING);
    }
    return out;
  }

  static boolean isClosingFormula(String s) {
    if (s.length() > MAX_CLOSING_FORMULA) {
      return false; // most lines: no allocation
    }
    String bare = s.endsWith("。") || s.endsWith("！") ? s.substring(0, s.length() - 1) : s;
    return CLOSING_FORMULAS.contains(bare);
  }

  /** The first line with a label of the first level: where the body starts. */
  private static int bodyStart(ArrayList<CleanLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      CleanLine line = lines.get(i);
      if (!isContent(line)) {
        continue;
      }
      HeadingPatterns.Label label = line.text().label();
      if (label != null && HeadingPatterns.rank(label.style()) == 1) {
        return i;
      }
    }
    return lines.size();
  }

  /**
   * Where the page's head ends: at the body's first heading, or before, at the first line that is a
   * paragraph (a sentence of at least {@value #MIN_PARAGRAPH} characters). Bars, menus and the metadata
   * block stand above it; a report without numbered headings is not searched for them throughout.
   */
  private static int headEnd(ArrayList<CleanLine> lines, int body) {
    for (int i = 0; i < body; i++) {
      CleanLine line = lines.get(i);
      if (line.length() >= MIN_PARAGRAPH && line.noise() == null && line.string().indexOf('。') >= 0) {
        return i;
      }
    }
    return body;
  }

  /** Running headers and footers in the body; above it they are left to the title's rules. */
  private static void running(ArrayList<CleanLine> lines, int body) {
    boolean[] running = PrintedLayout.runningLines(lines);
    for (int i = body; i < lines.size(); i++) {
      if (running[i]) {
        mark(lines, i, NoiseTable.Kind.PAGE_MARK);
      }
    }
  }

  private static MetadataBlock.Read metadata(ArrayList<CleanLine> lines, int from, int to,
      MetadataBlock.Read before) {
    boolean[] eligible = new boolean[lines.size()];
    for (int i = from; i < to; i++) {
      NoiseTable.Kind noise = lines.get(i).noise();
      eligible[i] = noise == null || noise == NoiseTable.Kind.PUBLICATION;
    }
    MetadataBlock.Read read = MetadataBlock.read(lines, eligible, from, to);
    for (int i : read.lines) {
      mark(lines, i, NoiseTable.Kind.METADATA);
    }
    read.values.addAll(0, before.values);
    read.lines.addAll(0, before.lines);
    return read;
  }

  /**
   * The page below the date line: when the last content lines after a date line are all short lines of
   * the page (chrome, metadata, footer markers, an organ's name), they are the page's, not the report's.
   */
  private static MetadataBlock.Read footer(ArrayList<CleanLine> lines, int body,
      MetadataBlock.Read metadata) {
    int seen = 0;
    int i = lines.size() - 1;
    int firstFooter = -1;
    for (; i >= body && seen <= MAX_FOOTER_LINES; i--) {
      CleanLine line = lines.get(i);
      if (line.isBlank() || (line.noise() != null && line.noise() != NoiseTable.Kind.PUBLICATION)) {
        continue;
      }
      String s = line.string();
      if (DateLines.signedDate(s) != null) {
        break;
      }
      if (s.length() > MAX_FOOTER_LINE || s.indexOf('。') >= 0
          || line.text().label() != null) {
        return metadata;
      }
      seen++;
      firstFooter = i;
    }
    if (i < body || seen > MAX_FOOTER_LINES || firstFooter < 0) {
      return metadata;
    }
    MetadataBlock.Read read = metadata(lines, firstFooter, lines.size(), metadata);
    for (int k = firstFooter; k < lines.size(); k++) {
      if (isContent(lines.get(k))) {
        mark(lines, k, NoiseTable.Kind.SITE);
      }
    }
    return read;
  }

  private static boolean isContent(CleanLine line) {
    return !line.isBlank() && line.noise() == null;
  }

  private static void mark(ArrayList<CleanLine> lines, int i, NoiseTable.Kind kind) {
    lines.set(i, lines.get(i).withNoise(kind));
  }

  private static int last(TitleParser.Title title) {
    return title.lines().get(title.lines().size() - 1);
  }

  private static int firstContent(ArrayList<CleanLine> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isContent(lines.get(i))) {
        return i;
      }
    }
    return to;
  }
}
