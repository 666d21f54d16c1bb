package dev.fazhi.documents.html;

import dev.fazhi.documents.Deadline;
import dev.fazhi.documents.Document;
import dev.fazhi.documents.DocumentException;
import dev.fazhi.documents.DocumentFormat;
import dev.fazhi.documents.DocumentLimits;
import dev.fazhi.documents.DocumentLine;
import dev.fazhi.documents.DocumentMetadata;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Reads a web page: decodes it ({@link HtmlCharset}), parses it with jsoup keeping source positions,
 * finds the report's body ({@link HtmlBody}), lays out its lines ({@link HtmlLines}) and reads the
 * page's metadata ({@link HtmlMetadata}).
 *
 * <p>The report's title often stands outside the body container, in the page's {@code <h1>} or only in
 * its {@code ArticleTitle}; when none of the body's first three lines is the title, the title is put
 * first, mapped to where it stands in the page (to the {@code <meta>} tag when only that gives it).
 *
 * <p>Nesting deeper than the limit is refused: jsoup stops nesting at its maximum depth, which would
 * silently reorder the text.
 */
public final class HtmlReader {

  /** The classes looked up: the CMS containers' and the titles'. */
  private static final java.util.Set<String> INDEXED_CLASSES;

  static {
    java.util.Set<String> classes = new java.util.HashSet<>(HtmlBody.CLASSES);
    classes.add("article-title");
    classes.add("title");
    INDEXED_CLASSES = java.util.Set.copyOf(classes);
  }

  private HtmlReader() {}

  /**
   * Reads a page.
   *
   * @param bytes the page's bytes
   * @param source the source name for the document and errors, or null
   * @param limits the limits
   * @return the document
   * @throws DocumentException if the page cannot be read
   */
  public static Document read(byte[] bytes, String source, DocumentLimits limits) {
    Deadline deadline = new Deadline(limits, source);
    String html = HtmlCharset.decode(bytes, source);
    Parser parser = Parser.htmlParser().setTrackPosition(true).setMaxDepth(limits.getMaxDepth() + 1);
    org.jsoup.nodes.Document page = parser.parseInput(html, "");
    PageIndex index = PageIndex.of(page, INDEXED_CLASSES);
    Element body = HtmlBody.find(page, index);
    int[] depth = {0};
    DocumentMetadata metadata = HtmlMetadata.read(page, index.tag("meta"), body, depth);
    HtmlLines lines = new HtmlLines(deadline, limits.getMaxTextChars(), source);
    title(index, body, metadata).ifPresent(t -> lines.addLine(t.text, t.at));
    body.traverse(lines);
    // the body is a child of the root: depths in it count from there
    if (Math.max(depth[0], lines.depth() + depthOf(body)) + 1 > limits.getMaxDepth()) {
      throw DocumentException.of(DocumentException.Kind.LIMIT, source, 0, null, "html.tooDeep",
          limits.getMaxDepth());
    }
    List<DocumentLine> out = lines.lines();
    if (out.isEmpty()) {
      throw DocumentException.of(DocumentException.Kind.NO_TEXT, source, 0, null, "html.noText");
    }
    return Document.builder().source(Optional.ofNullable(source))
        .format(DocumentFormat.HTML).lines(out).metadata(metadata).build();
  }

  private record Title(String text, Node at) {}

  private static Optional<Title> title(PageIndex index, Element body, DocumentMetadata metadata) {
    String bodyHead = firstLines(body);
    Element h1 = null;
    outer:
    for (String tag : new String[] {"h1", ".article-title", ".title", "h2"}) {
      List<Element> found = tag.startsWith(".") ? index.withClass(tag.substring(1)) : index.tag(tag);
      for (Element e : found) {
        if (e != body && !isInside(e, body) && HtmlBody.han(e.text(), 6) >= 6) {
          h1 = e;
          break outer;
        }
      }
    }
    String text = h1 != null ? h1.text().strip() : metadata.getTitle().orElse(null);
    if (text == null || text.isEmpty() || bodyHead.contains(squeeze(text))) {
      return Optional.empty();
    }
    Node at = h1;
    if (at == null) {
      for (Element e : index.tag("meta")) {
        if (e.attr("name").equalsIgnoreCase("ArticleTitle")) {
          at = e;
          break;
        }
      }
    }
    return Optional.of(new Title(text, at));
  }

  private static int depthOf(Element e) {
    int d = 0;
    for (Element p = e.parent(); p != null; p = p.parent()) {
      d++;
    }
    return d;
  }

  private static boolean isInside(Element e, Element container) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == container) {
        return true;
      }
    }
    return false;
  }

  /** The body's first three non-blank text nodes' text, without spaces. */
  private static String firstLines(Element body) {
    StringBuilder out = new StringBuilder();
    int[] n = {0};
    body.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
          out.append(squeeze(t.getWholeText()));
          if (++n[0] == 3) {
            return FilterResult.STOP;
          }
        }
        return FilterResult.CONTINUE;
      }
    });
    return out.toString();
  }

  private static String squeeze(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
        out.append(c);
      }
    }
    return out.toString();
  }

}
