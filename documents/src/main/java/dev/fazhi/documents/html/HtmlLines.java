package dev.fazhi.documents.html;

import dev.fazhi.documents.Deadline;
import dev.fazhi.documents.DocumentLine;
import dev.fazhi.documents.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The lines of a page's body as a browser lays them out: a line ends at every block element
 * ({@code <p>}, {@code <div>}, headings, list items) and at {@code <br>}; a table gives one line per cell
 * (or per paragraph in a cell), row by row, which is the order a reader reads it in. Runs of HTML white
 * space collapse to one space and are dropped at line ends, as a browser does; no-break and ideographic
 * spaces, which pages use to indent paragraphs, are kept. Scripts, styles, forms and elements hidden
 * with {@code display:none} or the {@code hidden} attribute give no text. Each line is mapped to the
 * source line and column of its first character.
 */
final class HtmlLines implements NodeVisitor {

  private static final Set<String> BREAKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6",
      "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "tfoot", "caption", "section",
      "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "dl", "dt", "dd", "center",
      "form", "hr", "address", "figure", "figcaption", "body", "html");

  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe",
      "object", "embed", "select", "option", "button", "input", "textarea", "head", "title", "svg", "math");

  private final List<DocumentLine> lines = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private final Deadline deadline;
  private final int maxChars;
  private final String source;
  private int chars;
  private int deepest;
  private Origin origin;
  /** The skipped element being walked through, or null. */
  private Node skipping;

  HtmlLines(Deadline deadline, int maxChars, String source) {
    this.deadline = deadline;
    this.maxChars = maxChars;
    this.source = source;
  }

  /** Adds a line of its own (a title taken from outside the body). */
  void addLine(String text, Node at) {
    flush();
    append(text, at);
    flush();
  }

  List<DocumentLine> lines() {
    flush();
    return lines;
  }

  /** The deepest node walked, counted from the body. */
  int depth() {
    return deepest;
  }

  @Override
  public void head(Node node, int depth) {
    deadline.check(0);
    if (depth > deepest) {
      deepest = depth;
    }
    if (skipping != null) {
      return;
    }
    if (node instanceof TextNode t) {
      append(t.getWholeText(), t);
    } else if (node instanceof Element e) {
      if (isSkipped(e)) {
        skipping = e;
        return;
      }
      if (BREAKS.contains(e.normalName())) {
        flush();
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (skipping != null) {
      if (node == skipping) {
        skipping = null;
      }
      return;
    }
    if (node instanceof Element e && BREAKS.contains(e.normalName())) {
      flush();
    }
  }

  private static boolean isSkipped(Element e) {
    if (SKIPPED.contains(e.normalName()) || e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** Appends text, collapsing HTML white space (space, tab, CR, LF, FF) to one space. */
  private void append(String text, Node at) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isHtmlSpace(c)) {
        int len = current.length();
        if (len > 0 && current.charAt(len - 1) != ' ') {
          current.append(' ');
        }
        i++;
        continue;
      }
      if (origin == null) {
        origin = originOf(at);
      }
      int j = i + 1;
      while (j < n && !isHtmlSpace(text.charAt(j))) {
        j++;
      }
      current.append(text, i, j);
      i = j;
    }
  }

  private static boolean isHtmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static Origin originOf(Node at) {
    if (at == null) {
      return Origin.builder().build(); // a title that only the metadata grid gives has no element of its own
    }
    Range range = at.sourceRange();
    if (range == null || !range.isTracked()) {
      return Origin.builder().build();
    }
    return Origin.builder().line(range.start().lineNumber()).column(range.start().columnNumber()).build();
  }

  private void flush() {
    int end = current.length();
    while (end > 0 && current.charAt(end - 1) == ' ') {
      end--;
    }
    int start = current.length() > 0 && current.charAt(0) == ' ' ? 1 : 0;
    if (end > start && origin != null) {
      String text = current.substring(start, end);
      chars += text.length() + 1;
      if (chars > maxChars) {
        throw dev.fazhi.documents.DocumentException.of(dev.fazhi.documents.DocumentException.Kind.LIMIT,
            source, 0, null, "html.textTooLong", maxChars);
      }
      lines.add(DocumentLine.of(text, origin));
    }
    current.setLength(0);
    origin = null;
  }
}
