package dev.fazhi.cli.html;

import dev.fazhi.cli.result.PageWords;
import dev.fazhi.validation.Finding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Writes a block's text with its findings marked: each finding a {@code <mark>} in its severity's
 * colour carrying its rule id ({@code data-rule}) and an id the findings list links to. The mark
 * covers the finding's quote where the block holds it, else the text from its column (or a point at
 * the block's start); marks that overlap are nested, a later one cut at the end of the one it starts in.
 */
final class Highlighter {

  /** How much of a line a finding with a column but no quote of the line marks. */
  private static final int COLUMN_SPAN = 12;

  /**
   * A finding placed in a block.
   *
   * @param id the id of its mark: {@code f} and its number in the findings list (printed beside the
   *     mark on paper)
   * @param finding the finding
   */
  record Placed(String id, Finding finding) {}

  private record Span(int start, int end, Placed placed) {}

  private Highlighter() {}

  /**
   * The block's text as html, every character escaped, with its findings marked.
   *
   * @param block the block
   * @param findings the findings placed in it
   * @param words for the severity names in the marks' titles
   * @return the html
   */
  static String html(DocumentBlock block, List<Placed> findings, PageWords words) {
    String text = block.text();
    List<Span> spans = new ArrayList<>();
    for (Placed placed : findings) {
      spans.add(span(text, block, placed));
    }
    spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
    StringBuilder out = new StringBuilder(text.length() + 64 * spans.size());
    Deque<Integer> open = new ArrayDeque<>();
    int position = 0;
    for (Span span : spans) {
      while (!open.isEmpty() && open.peek() <= span.start()) {
        position = close(text, position, open.pop(), out);
      }
      int end = open.isEmpty() ? span.end() : Math.min(span.end(), open.peek());
      out.append(Html.escape(text.substring(position, span.start())));
      position = span.start();
      openMark(span.placed(), span.start() == end, out, words);
      open.push(end);
    }
    while (!open.isEmpty()) {
      position = close(text, position, open.pop(), out);
    }
    out.append(Html.escape(text.substring(position)));
    return out.toString();
  }

  private static int close(String text, int position, int end, StringBuilder out) {
    out.append(Html.escape(text.substring(position, end))).append("</mark>");
    return end;
  }

  private static void openMark(Placed placed, boolean point, StringBuilder out, PageWords words) {
    Finding finding = placed.finding();
    String severity = finding.getSeverity().name().toLowerCase(Locale.ROOT);
    out.append("<mark class=\"finding sev-").append(severity).append(point ? " point" : "")
        .append("\" id=\"").append(placed.id()).append("\" data-n=\"").append(placed.id().substring(1))
        .append("\" data-rule=\"").append(Html.escape(finding.getRule()))
        .append("\" data-severity=\"").append(finding.getSeverity().name())
        .append("\" title=\"").append(Html.escape(words.severity(finding.getSeverity())
            + " · " + finding.getRule() + " · " + finding.getMessage()))
        .append("\">");
  }

  private static Span span(String text, DocumentBlock block, Placed placed) {
    Finding finding = placed.finding();
    int column = finding.getLocation()
        .filter(l -> block.line() != null && l.getLine() == block.line())
        .map(l -> l.getColumn() - 1).orElse(-1);
    String quote = finding.getQuote().orElse("");
    if (!quote.isEmpty()) {
      int at = nearest(text, quote, Math.max(0, column));
      if (at >= 0) {
        return new Span(at, at + quote.length(), placed);
      }
    }
    if (column >= 0 && column < text.length()) {
      return new Span(column, Math.min(text.length(), column + COLUMN_SPAN), placed);
    }
    return new Span(0, 0, placed);
  }

  /** The occurrence of the quote nearest to a column, or -1. */
  private static int nearest(String text, String quote, int column) {
    int best = -1;
    for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      if (best < 0 || Math.abs(at - column) < Math.abs(best - column)) {
        best = at;
      }
    }
    return best;
  }
}
