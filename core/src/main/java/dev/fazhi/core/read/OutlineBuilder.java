package dev.fazhi.core.read;

import dev.fazhi.core.model.NumberingStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the outline of a report from its cleaned lines: headings with labels, unnumbered headings
 * that name a part, thematic top-level headings, headings that run on into body text, and paragraphs
 * joined where the source broke them in the middle of a sentence.
 *
 * <p>Rules, in order, for each logical line of content:
 * <ol>
 *   <li>a line that opens with a heading label ({@link HeadingPatterns}) is a heading; its text runs to
 *       the first full stop outside brackets and quotes, and what follows is the section's first
 *       paragraph;
 *   <li>a short line with no full stop and no closing punctuation that names a part
 *       ({@link PartKeywords}) is a top-level heading without label; in a text laid out at a page width,
 *       never a line as long as the page (rules 2 and 3): it is a paragraph broken at the margin;
 *   <li>before the first numbered top-level heading, a short line with no closing punctuation that stands
 *       alone is a thematic top-level heading;
 *   <li>the cells of a flattened table ({@link FlatTable}) make one paragraph, cells a space apart; its
 *       cells are kept ({@link #tables}) for the figures of its total row ({@link TableTotals});
 *   <li>any other line is body text; it continues the paragraph before it when that paragraph was broken
 *       off in the middle of a sentence: it has no closing punctuation and is long, has a comma, leaves a
 *       bracket open, or the next line opens with a clause too short to stand alone; in a text laid out
 *       at a page width ({@link PrintedLayout#pageWidth}), a line as long as the page that does not end
 *       a sentence is continued by the next, whatever its length.
 * </ol>
 */
final class OutlineBuilder {

  /** The longest unnumbered line that can be a heading naming a part. */
  static final int MAX_PART_HEADING = 60;
  /** The longest unnumbered line that can be a thematic heading. */
  static final int MAX_THEMATIC_HEADING = 30;
  /** The longest heading text taken from a labelled line that has no full stop. */
  static final int MAX_HEADING = 200;
  /** A paragraph broken off shorter than this may be a line of its own rather than half a sentence. */
  static final int SHORT_LINE = 30;
  /** Thematic headings come several together; a single short line is a broken sentence, not one. */
  static final int MIN_THEMATIC_HEADINGS = 2;
  /** A first clause this short shows a line continues the sentence before it ({@code 改革，稳妥有序…}). */
  static final int CONTINUATION_CLAUSE = 4;

  private final ArrayList<CleanLine> lines;
  private final SkippedLines skipped;
  private final List<MappedText> preamble = new ArrayList<>();
  private final List<SectionDraft> roots = new ArrayList<>();
  private final Deque<SectionDraft> stack = new ArrayDeque<>();
  /** The paragraph being read: its first line, and a builder once a second line joins it. */
  private MappedText pending;
  private MappedText.Builder pendingJoined;
  private String pendingLast = "";
  /**
   * The length of the printed line the pending paragraph's last line stood on: its own length, or for the
   * body that runs on after a heading's full stop, the whole line's with the heading.
   */
  private int pendingLastPrinted;
  private int pendingLength;
  /** The lines of the pending paragraph, whose open brackets are counted only when asked. */
  private final List<String> pendingLines = new ArrayList<>();
  /** How many of {@link #pendingLines} {@link #pendingDepth} has counted, and their count. */
  private int countedLines;
  private int countedDepth;
  private boolean numberedTopSeen;
  private boolean thematicAllowed;
  private final boolean[] tableCells;
  private final int pageWidth;
  /** Whether the pending paragraph is a table's cells. */
  private boolean pendingTable;
  /** The cells of the pending table. */
  private List<MappedText> pendingCells = new ArrayList<>();
  /** The cells of each paragraph that is a flattened table, by identity of the paragraph. */
  private final Map<MappedText, List<MappedText>> tables = new IdentityHashMap<>();

  OutlineBuilder(ArrayList<CleanLine> lines, SkippedLines skipped) {
    this(lines, skipped, new boolean[lines.size()], 0);
  }

  /**
   * An outline builder for a text with flattened tables or laid out at a page width.
   *
   * @param lines the cleaned lines
   * @param skipped lines taken for the title, the signature and the date
   * @param tableCells for each line, whether it is a cell of a flattened table
   * @param pageWidth the page width of a text taken out of a PDF, or 0
   */
  OutlineBuilder(ArrayList<CleanLine> lines, SkippedLines skipped, boolean[] tableCells, int pageWidth) {
    this.lines = lines;
    this.skipped = skipped;
    this.tableCells = tableCells;
    this.pageWidth = pageWidth;
  }

  /**
   * Reads the outline. Call once: the builder keeps the state of the paragraph being read.
   *
   * @return the preamble and the top-level section drafts
   */
  Outline build() {
    thematicAllowed = countThematicCandidates() >= MIN_THEMATIC_HEADINGS;
    for (int i = 0; i < lines.size(); i++) {
      CleanLine line = lines.get(i);
      if (line.isBlank() || line.noise() != null || skipped.contains(i)) {
        continue;
      }
      accept(line.text(), i);
    }
    flush();
    return new Outline(List.copyOf(preamble), List.copyOf(roots), tables);
  }

  private void accept(MappedText line, int index) {
    String s = line.text();
    if (tableCells[index]) {
      if (pendingTable) {
        pendingJoined = pendingJoined == null
            ? new MappedText.Builder(pending.length() + 2 * line.length()).append(pending) : pendingJoined;
        pendingJoined.appendSpace(line.offsetAt(0));
        pendingJoined.append(line);
        track(s);
        pendingCells.add(line);
      } else {
        flush();
        start(line);
        pendingTable = true;
        pendingCells = new ArrayList<>();
        pendingCells.add(line);
      }
      return;
    }
    if (pendingTable) {
      flush();
    }
    HeadingPatterns.Label label = line.label();
    if (label != null) {
      flush();
      labelled(line, label);
      return;
    }
    boolean open = pending != null && !CharClasses.endsComplete(pendingLast);
    boolean continuation = firstClauseWithin(s, CONTINUATION_CLAUSE);
    boolean wrapped = atPageWidth(s); // a line as long as the page is a paragraph's, never a heading
    if (isPartHeading(s) && !continuation && !wrapped) {
      flush();
      unnumbered(line);
      return;
    }
    boolean joins = open && (pendingLength > SHORT_LINE || atPageWidth(pendingLastPrinted)
        || continuation || endsWithComma(pendingLast) || pendingDepth() > 0
        || pendingLast.indexOf('，') >= 0 || pendingLast.indexOf(',') >= 0);
    if (!joins && !wrapped && thematicAllowed && !numberedTopSeen && isThematicCandidate(s)
        && hasBodyAfter(index)) {
      flush();
      unnumbered(line);
      return;
    }
    if (joins) {
      if (pendingJoined == null) {
        pendingJoined = new MappedText.Builder(pending.length() + 2 * line.length()).append(pending);
      }
      pendingJoined.append(line);
      track(s);
    } else {
      flush();
      start(line);
    }
  }

  /** A line as long as the page it was printed on: broken there, not at its end. */
  private boolean atPageWidth(String last) {
    return atPageWidth(last.length());
  }

  private boolean atPageWidth(int printedLength) {
    return pageWidth > 0 && printedLength >= pageWidth - PrintedLayout.WIDTH_SLACK;
  }

  private void start(MappedText line) {
    pendingTable = false;
    pending = line;
    pendingJoined = null;
    pendingLength = 0;
    pendingLines.clear();
    countedLines = 0;
    countedDepth = 0;
    track(line.text());
  }

  private void track(String s) {
    pendingLast = s;
    pendingLastPrinted = s.length();
    pendingLength += s.length();
    pendingLines.add(s);
  }

  /**
   * Brackets and quotations the pending paragraph leaves open, counted line by line, each line once
   * however often it is asked.
   */
  private int pendingDepth() {
    for (; countedLines < pendingLines.size(); countedLines++) {
      countedDepth = Math.max(0, countedDepth + bracketBalance(pendingLines.get(countedLines)));
    }
    return countedDepth;
  }

  private boolean hasBodyAfter(int index) {
    for (int i = index + 1; i < lines.size(); i++) {
      CleanLine line = lines.get(i);
      if (line.isBlank() || line.noise() != null || skipped.contains(i)) {
        continue;
      }
      return true;
    }
    return false;
  }

  /** A line with no label that names a part: {@code 2020年度推进法治政府建设存在的不足和原因}. */
  static boolean isPartHeading(String s) {
    String bare = s.endsWith("：") || s.endsWith(":") ? s.substring(0, s.length() - 1) : s;
    return isHeadingCandidate(bare, MAX_PART_HEADING) && PartKeywords.partOf(bare).isPresent();
  }

  /** A line with no label that may be a thematic heading: {@code 强化领导责任，提供有力保障}. */
  static boolean isThematicCandidate(String s) {
    return isHeadingCandidate(s, MAX_THEMATIC_HEADING) && !HeadingPatterns.opensInlineEnumeration(s)
        && PartKeywords.partOf(s).isEmpty();
  }

  /**
   * Counts the lines before the first top-level label that could be thematic headings: unlabelled,
   * short, unterminated, after a complete line.
   */
  private int countThematicCandidates() {
    int count = 0;
    boolean previousComplete = true;
    for (int i = 0; i < lines.size(); i++) {
      CleanLine line = lines.get(i);
      if (line.isBlank() || line.noise() != null || skipped.contains(i)) {
        continue;
      }
      String s = line.string();
      HeadingPatterns.Label label = line.text().label();
      if (label != null && HeadingPatterns.rank(label.style()) == 1) {
        break;
      }
      if (label == null && previousComplete && isThematicCandidate(s) && !atPageWidth(s)) {
        count++;
        previousComplete = true;
      } else {
        previousComplete = label != null || CharClasses.endsComplete(s);
      }
    }
    return count;
  }

  static boolean isHeadingCandidate(String s, int maxLength) {
    return !s.isEmpty() && s.length() <= maxLength && !CharClasses.endsComplete(s) && s.indexOf('。') < 0
        && !endsWithComma(s) && !unbalanced(s);
  }

  static boolean endsWithComma(String s) {
    return !s.isEmpty() && "，,、".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /** Whether a text leaves a bracket or quotation open. */
  static boolean unbalanced(String s) {
    return bracketBalance(s) > 0;
  }

  /** Openings minus closings of brackets and quotation marks, never below zero along the way. */
  static int bracketBalance(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      int classes = CharClasses.classes(s.charAt(i));
      if ((classes & CharClasses.OPENER) != 0) {
        depth++;
      } else if ((classes & CharClasses.CLOSING) != 0 && depth > 0) {
        depth--;
      }
    }
    return depth;
  }

  /**
   * Whether a line's first clause (up to its first punctuation mark) is at most {@code limit} long,
   * looking
   * at no more than {@code limit + 1} characters instead of every character of a line without a clause
   * boundary.
   */
  static boolean firstClauseWithin(String s, int limit) {
    int n = Math.min(s.length(), limit + 1);
    for (int i = 0; i < n; i++) {
      if (CharClasses.isClauseBoundary(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void labelled(MappedText line, HeadingPatterns.Label label) {
    MappedText rest = line.sub(label.end()).strip();
    int stop = headingEnd(rest.text());
    MappedText heading;
    MappedText body;
    if (stop >= 0) {
      heading = rest.sub(0, stop);
      body = rest.sub(stop + 1).strip();
    } else if (rest.length() > MAX_HEADING) {
      int cut = MAX_HEADING;
      for (int i = 0; i < MAX_HEADING; i++) {
        if ("，,；;".indexOf(rest.text().charAt(i)) >= 0) {
          cut = i;
          break;
        }
      }
      heading = rest.sub(0, cut);
      body = rest.sub(cut + 1).strip();
    } else {
      heading = rest;
      body = rest.sub(rest.length());
    }
    heading = trimHeading(heading);
    SectionDraft section = new SectionDraft(label.label(), label.style(), label.number(), heading,
        HeadingPatterns.rank(label.style()), line.offsetAt(0));
    push(section);
    if (section.level == 1) {
      numberedTopSeen = true;
    }
    if (!body.isEmpty()) {
      start(body);
      pendingLastPrinted = line.length(); // the body shares the heading's printed line
    }
  }

  private void unnumbered(MappedText line) {
    push(new SectionDraft("", NumberingStyle.NONE, 0, trimHeading(line), 1, line.offsetAt(0)));
  }

  private void push(SectionDraft section) {
    while (!stack.isEmpty() && stack.peek().rank >= section.rank) {
      stack.pop();
    }
    if (stack.isEmpty()) {
      roots.add(section);
    } else {
      stack.peek().children.add(section);
    }
    stack.push(section);
    section.level = stack.size();
  }

  /**
   * The first sentence end outside brackets and quotes within the heading limit, or -1. Brackets and
   * quotes are those of {@link CharClasses#OPENER} and {@link CharClasses#CLOSING}.
   */
  static int headingEnd(String s) {
    int depth = 0;
    for (int i = 0; i < s.length() && i <= MAX_HEADING; i++) {
      char c = s.charAt(i);
      int classes = CharClasses.classes(c);
      if ((classes & CharClasses.OPENER) != 0) {
        depth++;
      } else if ((classes & CharClasses.CLOSING) != 0 && depth > 0) {
        depth--;
      } else if (depth == 0 && (c == '。' || c == '！' || c == '？')) {
        return i;
      }
    }
    return -1;
  }

  private static MappedText trimHeading(MappedText heading) {
    String s = heading.text();
    int end = s.length();
    while (end > 0 && ("：:；;，,。 ".indexOf(s.charAt(end - 1)) >= 0)) {
      end--;
    }
    return heading.sub(0, end).strip();
  }

  private void flush() {
    boolean table = pendingTable;
    pendingTable = false;
    if (pending == null) {
      return;
    }
    MappedText paragraph = pendingJoined == null ? pending : pendingJoined.build();
    if (table) {
      tables.put(paragraph, pendingCells);
    }
    pending = null;
    pendingJoined = null;
    if (paragraph.isEmpty()) {
      return;
    }
    if (stack.isEmpty()) {
      preamble.add(paragraph);
    } else {
      stack.peek().paragraphs.add(paragraph);
    }
  }
}
