package dev.fazhi.documents.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the report's body in a page. Government sites run on a handful of content-management systems
 * whose article container has a known name; the first of {@link #CONTAINERS} that holds at least
 * {@link #MIN_HAN} Han characters is the body. Failing that, a text-density fallback: every text node
 * outside links, scripts and navigation credits its length to its nearest block ancestor, and the
 * block that collects the most Han characters is the body. Paragraphs ({@code <p>}, {@code <span>}) are no blocks, so a body of many paragraphs
 * credits the one {@code <div>} or cell that holds them all. Without any text, the page's
 * {@code <body>} is the body.
 */
final class HtmlBody {

  /** CMS containers, innermost first: TRS (TRS_Editor inside #zoom), Hanweb, Ucap, and common names. */
  static final List<String> CONTAINERS = List.of(".TRS_Editor", ".trs_editor_view", ".TRS_UEDITOR", "#zoom",
      ".pages_content", "#ivs_content", "#UCAP-CONTENT", "#Zoom", ".article-content",
      ".article_content", "#article_content", ".news_content", "#content", ".content");

  /** Less than this is a menu or a caption, not a report. */
  static final int MIN_HAN = 40;

  private static final java.util.Set<String> BLOCKS = java.util.Set.of("div", "td", "article", "section",
      "main", "body", "li", "blockquote", "center", "form", "dd");

  private HtmlBody() {}

  /** The classes of {@link #CONTAINERS}, in lower case, for the {@link PageIndex}. */
  static final java.util.Set<String> CLASSES = CONTAINERS.stream().filter(s -> s.startsWith("."))
      .map(s -> s.substring(1).toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

  static Element find(Document page, PageIndex index) {
    for (String selector : CONTAINERS) {
      String name = selector.substring(1);
      if (selector.charAt(0) == '#') {
        Element e = page.getElementById(name);
        if (e != null && holdsText(e)) {
          return e;
        }
      } else {
        for (Element e : index.withClass(name)) {
          if (holdsText(e)) {
            return e;
          }
        }
      }
    }
    return densest(page);
  }

  /** Whether an element holds at least {@link #MIN_HAN} Han characters; stops counting there. */
  private static boolean holdsText(Element e) {
    int[] n = {0};
    e.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          n[0] += han(t.getWholeText(), MIN_HAN - n[0]);
        }
        return n[0] >= MIN_HAN ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    });
    return n[0] >= MIN_HAN;
  }

  static int han(String s) {
    return han(s, Integer.MAX_VALUE);
  }

  /**
   * The Han characters in a text (the unified ideographs, extension A and the compatibility block, by
   * range: {@code Character.UnicodeScript.of} is a binary search per character), counting no further
   * than {@code enough}.
   */
  static int han(String s, int enough) {
    int n = 0;
    for (int i = 0; i < s.length() && n < enough; i++) {
      char c = s.charAt(i);
      if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')) {
        n++;
      }
    }
    return n;
  }

  private static Element densest(Document page) {
    Element body = page.body();
    Map<Element, Integer> credit = new HashMap<>();
    body.traverse((Node node, int depth) -> {
      if (node instanceof TextNode t && !t.isBlank() && !inSkipped(t)) {
        Element block = blockOf(t);
        if (block != null) {
          credit.merge(block, han(t.getWholeText()), Integer::sum);
        }
      }
    });
    Element best = null;
    int bestScore = 0;
    for (Map.Entry<Element, Integer> e : credit.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    if (best == null) {
      return body;
    }
    return best;
  }

  private static Element blockOf(TextNode t) {
    Element e = t.parent();
    while (e != null && !BLOCKS.contains(e.normalName())) {
      e = e.parent();
    }
    return e;
  }

  private static boolean inSkipped(TextNode t) {
    for (Element e = t.parent(); e != null; e = e.parent()) {
      String n = e.normalName();
      if (n.equals("a") || n.equals("script") || n.equals("style") || n.equals("nav") || n.equals("header")
          || n.equals("footer") || n.equals("select") || n.equals("option") || n.equals("title")) {
        return true;
      }
    }
    return false;
  }
}
