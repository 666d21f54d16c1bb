package dev.fazhi.documents.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

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
  static final List<String> CONTAINERS = List.of(".TRS_Editor", ".trs_editor_view", "#zoom",
      ".pages_content", "#ivs_content", "#UCAP-CONTENT", ".view.TRS_UEDITOR", "#Zoom", ".article-content",
      ".article_content", "#article_content", ".news_content", "#content", ".content");

  /** Less than this is a menu or a caption, not a report. */
  static final int MIN_HAN = 40;

  private static final java.util.Set<String> BLOCKS = java.util.Set.of("div", "td", "article", "section",
      "main", "body", "li", "blockquote", "center", "form", "dd");

  private HtmlBody() {}

  static Element find(Document page) {
    for (String selector : CONTAINERS) {
      Elements found = page.select(selector);
      for (Element e : found) {
        if (han(e.text()) >= MIN_HAN) {
          return e;
        }
      }
    }
    return densest(page);
  }

  static int han(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
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
