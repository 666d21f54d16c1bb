package dev.fazhi.validation.internal;

import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLines;
import dev.fazhi.core.model.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules need to know about one report's structure, computed once per validation: every
 * section with its parent, heading path and part, and the lines of the source text
 * ({@link SourceLines}). Walks are iterative, so deep trees cannot overflow the stack. What only
 * findings need (heading paths, the lines, the lookups by section, figure and offset) is built on
 * first use. Not thread-safe: one validation uses one index.
 */
public final class ReportIndex {

  /** Separates headings in a heading path. */
  public static final String PATH_SEPARATOR = " / ";

  private static final int QUOTE_LIMIT = 40;

  /** One section and where it stands. */
  public static final class Entry {
    private final Section section;
    private final Entry parent;
    private final Part part;
    private final List<Section> siblings;
    private final int indexInSiblings;
    private String headingPath;

    private Entry(Section section, Entry parent, Part part, List<Section> siblings,
        int indexInSiblings) {
      this.section = section;
      this.parent = parent;
      this.part = part;
      this.siblings = siblings;
      this.indexInSiblings = indexInSiblings;
    }

    /**
     * The section.
     *
     * @return the section
     */
    public Section section() {
      return section;
    }

    /**
     * The parent section's entry.
     *
     * @return the entry, or null at the top level
     */
    public Entry parent() {
      return parent;
    }

    /**
     * The part the section belongs to: its own, or its nearest ancestor's.
     *
     * @return the part, or null
     */
    public Part part() {
      return part;
    }

    /**
     * The section's siblings, itself included, in order.
     *
     * @return the siblings
     */
    public List<Section> siblings() {
      return siblings;
    }

    /**
     * The section's index among its siblings.
     *
     * @return the index
     */
    public int indexInSiblings() {
      return indexInSiblings;
    }

    /**
     * The heading path, such as {@code 一、… / （二）…}; built when first asked for, since only
     * findings need it.
     *
     * @return the heading path
     */
    public String headingPath() {
      if (headingPath == null) {
        // iteratively, from the nearest ancestor that knows its path, so deep trees cannot
        // overflow the stack
        Deque<Entry> chain = new ArrayDeque<>();
        Entry known = this;
        while (known != null && known.headingPath == null) {
          chain.push(known);
          known = known.parent;
        }
        String path = known == null ? null : known.headingPath;
        while (!chain.isEmpty()) {
          Entry entry = chain.pop();
          path = ReportIndex.headingPath(path, entry.section);
          entry.headingPath = path;
        }
      }
      return headingPath;
    }
  }

  private final Report report;
  private final List<Entry> entries = new ArrayList<>();
  private final String sourceText;
  // Built on first use: most validations ask few or none of the questions they answer.
  private Map<Section, Entry> bySection;
  private Map<Figure, Entry> byFigure;
  private SourceLines lines;
  private Entry[] byOffset;
  private List<Figure> figures;
  /** How many of {@link #figures} the preamble holds. */
  private int preambleFigures;
  /** For each entry, the end of its paragraphs' run in {@link #figures}. */
  private int[] figureEnds;

  private ReportIndex(Report report) {
    this.report = report;
    walk();
    this.sourceText = report.getSourceText().orElse(null);
  }

  /**
   * Indexes a report.
   *
   * @param report the report
   * @return the index
   */
  public static ReportIndex of(Report report) {
    return new ReportIndex(report);
  }

  /** A section still to visit: the {@code index}-th of {@code siblings}, under {@code parent}. */
  private record Frame(Entry parent, List<Section> siblings, int index) {}

  private void walk() {
    Deque<Frame> stack = new ArrayDeque<>();
    List<Section> top = report.getSections();
    for (int i = top.size() - 1; i >= 0; i--) {
      stack.push(new Frame(null, top, i));
    }
    while (!stack.isEmpty()) {
      Frame frame = stack.pop();
      Entry parent = frame.parent();
      List<Section> siblings = frame.siblings();
      int index = frame.index();
      Section section = siblings.get(index);
      Part part = partOf(parent == null ? null : parent.part(), section);
      Entry entry = new Entry(section, parent, part, siblings, index);
      entries.add(entry);
      List<Section> children = section.getSections();
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(new Frame(entry, children, i));
      }
    }
  }

  /**
   * The heading path of a section below a parent: the parent's path, the separator and the section's
   * heading as written ({@code 一、… / （二）…}). The one place heading paths are built.
   *
   * @param parentPath the parent's heading path, or null at the top level
   * @param section the section
   * @return the heading path
   */
  public static String headingPath(String parentPath, Section section) {
    String heading = section.getHeading().fullText().strip();
    return parentPath == null ? heading : parentPath + PATH_SEPARATOR + heading;
  }

  /**
   * The part a section belongs to: its own, or else the one it inherits from its ancestors.
   *
   * @param inherited the parent's part, or null
   * @param section the section
   * @return the part, or null when neither the section nor its ancestors have one
   */
  public static Part partOf(Part inherited, Section section) {
    return section.getPart().orElse(inherited);
  }

  /**
   * The report.
   *
   * @return the report
   */
  public Report report() {
    return report;
  }

  /**
   * Every section, depth-first in document order.
   *
   * @return the entries
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The sections that carry a part themselves, not below another section of that part (their
   * children belong to them), in document order.
   *
   * @param part the part
   * @return the sections, a new list
   */
  public List<Section> topSectionsOf(Part part) {
    List<Section> out = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.section().getPart().filter(part::equals).isPresent()
          && (entry.parent() == null || entry.parent().part() != part)) {
        out.add(entry.section());
      }
    }
    return out;
  }

  /**
   * The entry of a section of this report.
   *
   * @param section the section
   * @return the entry, or empty when the section is not in the report
   */
  public Optional<Entry> entry(Section section) {
    if (bySection == null) {
      bySection = new IdentityHashMap<>();
      for (Entry entry : entries) {
        bySection.putIfAbsent(entry.section(), entry);
      }
    }
    return Optional.ofNullable(bySection.get(section));
  }

  /**
   * The entry of the section a figure of this report stands in.
   *
   * @param figure the figure
   * @return the entry, or empty for a figure of the preamble or one not in the report
   */
  public Optional<Entry> entryOf(Figure figure) {
    if (byFigure == null) {
      // By identity: hashing a figure by value compares every field. Sized for every figure at
      // once (a map grown from the default size rehashes three or four times), and filled from the
      // figure list's runs, without walking the paragraphs again.
      List<Figure> all = figures();
      byFigure = new IdentityHashMap<>(all.size());
      int from = preambleFigures;
      for (int e = 0; e < entries.size(); e++) {
        Entry entry = entries.get(e);
        for (int f = from; f < figureEnds[e]; f++) {
          byFigure.putIfAbsent(all.get(f), entry);
        }
        from = figureEnds[e];
      }
    }
    return Optional.ofNullable(byFigure.get(figure));
  }

  /**
   * Every figure of the report in document order: the preamble's, then each section's. Listed once
   * per index, on first use.
   *
   * @return the figures, an unmodifiable list
   */
  public List<Figure> figures() {
    if (figures == null) {
      List<Figure> out = new ArrayList<>();
      for (Paragraph paragraph : report.getPreamble()) {
        out.addAll(paragraph.getFigures());
      }
      preambleFigures = out.size();
      figureEnds = new int[entries.size()];
      for (int e = 0; e < figureEnds.length; e++) {
        for (Paragraph paragraph : entries.get(e).section().getParagraphs()) {
          out.addAll(paragraph.getFigures());
        }
        figureEnds[e] = out.size();
      }
      figures = Collections.unmodifiableList(out);
    }
    return figures;
  }

  /**
   * The source text.
   *
   * @return the text, or empty
   */
  public Optional<String> sourceText() {
    return Optional.ofNullable(sourceText);
  }

  /**
   * The location of a character offset in the source text.
   *
   * @param offset a 0-based offset into the source text
   * @return the location with 1-based line and column
   * @throws IllegalStateException when the report has no source text
   */
  public SourceLocation locate(int offset) {
    if (sourceText == null) {
      throw new IllegalStateException("no source text");
    }
    return lines().locate(offset);
  }

  /**
   * Takes the lines of the source text from a caller that found them on its own pass over the text (the
   * text rules' scan meets every line end), so that they are not searched for again; ignored when the
   * lines are known already.
   *
   * @param found the lines of exactly this index's source text, as {@link SourceLines#of(String)}
   *     finds them
   */
  public void knowLines(SourceLines found) {
    if (lines == null) {
      lines = found;
    }
  }

  private SourceLines lines() {
    if (lines == null) {
      lines = SourceLines.of(sourceText == null ? "" : sourceText);
    }
    return lines;
  }

  /**
   * The section a source-text offset falls in: the last section whose heading starts at or before it.
   *
   * @param offset a 0-based offset into the source text
   * @return the entry, or empty before the first heading or when sections carry no locations
   */
  public Optional<Entry> sectionAt(int offset) {
    if (byOffset == null) {
      byOffset = entries.stream().filter(e -> e.section().getLocation().isPresent())
          .sorted((a, b) -> a.section().getLocation().get().compareTo(b.section().getLocation().get()))
          .toArray(Entry[]::new);
    }
    int lo = 0;
    int hi = byOffset.length - 1;
    Entry found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (byOffset[mid].section().getLocation().get().getOffset() <= offset) {
        found = byOffset[mid];
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * A short quote of the source text from an offset to the end of its line, trimmed.
   *
   * @param offset a 0-based offset into the source text
   * @return the quote, or empty when there is no source text or nothing but blanks there
   */
  public Optional<String> quoteLine(int offset) {
    if (sourceText == null || offset < 0 || offset >= sourceText.length()) {
      return Optional.empty();
    }
    int end = lines().end(lines().lineOf(offset, -1));
    String quote = shorten(strip(sourceText.substring(offset, end)));
    return quote.isEmpty() ? Optional.empty() : Optional.of(quote);
  }

  /**
   * A short quote of the source text around a span, within its line.
   *
   * @param start the span start
   * @param end the span end, exclusive
   * @param context how many characters to show on each side
   * @return the quote
   */
  public String quoteAround(int start, int end, int context) {
    int line = lines().lineOf(start, -1);
    int lineStart = lines().start(line);
    int lineEnd = lines().end(line);
    int from = Math.max(lineStart, start - context);
    int to = Math.min(lineEnd, end + context);
    return strip(sourceText.substring(from, to));
  }

  /**
   * Strips blanks of every kind (including U+00A0 and U+3000) and line ends from both ends.
   *
   * @param text the text
   * @return the stripped text
   */
  public static String strip(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\ufeff';
  }

  /**
   * Shortens a quote to a readable length, never between the two halves of a surrogate pair.
   *
   * @param text the text
   * @return the text, cut after 40 characters with an ellipsis when longer
   */
  public static String shorten(String text) {
    if (text.length() <= QUOTE_LIMIT) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
    return text.substring(0, end) + "…";
  }

  /**
   * A section's heading as findings name it: its full text (label and text), stripped and
   * {@linkplain #shorten shortened}.
   *
   * @param section the section
   * @return the heading
   */
  public static String heading(Section section) {
    return shorten(section.getHeading().fullText().strip());
  }
}
