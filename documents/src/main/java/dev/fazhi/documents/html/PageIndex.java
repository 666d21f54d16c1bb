package dev.fazhi.documents.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a page the reader looks up, found in one walk of the page instead of one per lookup:
 * by tag ({@code h1}, {@code h2}, {@code meta}) and by class (the CMS containers' and the titles'),
 * each list in document order. A class matches as jsoup's {@code getElementsByClass} does: any of the
 * element's white-space separated classes, ignoring case.
 */
final class PageIndex implements NodeVisitor {

  private static final Set<String> TAGS = Set.of("h1", "h2", "meta");

  private final Set<String> classes;
  private final Map<String, List<Element>> byTag = new HashMap<>();
  private final Map<String, List<Element>> byClass = new HashMap<>();

  private PageIndex(Set<String> classes) {
    this.classes = classes;
  }

  /**
   * Walks a page once.
   *
   * @param page the page
   * @param classes the classes to index, in lower case
   * @return the index
   */
  static PageIndex of(Document page, Set<String> classes) {
    PageIndex index = new PageIndex(classes);
    page.traverse(index);
    return index;
  }

  @Override
  public void head(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (TAGS.contains(tag)) {
      byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(e);
    }
    String attr = e.attributesSize() == 0 ? "" : e.attr("class");
    if (attr.isEmpty()) {
      return;
    }
    int n = attr.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      boolean space = i == n || Character.isWhitespace(attr.charAt(i));
      if (space && start >= 0) {
        String name = attr.substring(start, i).toLowerCase(Locale.ROOT);
        if (classes.contains(name)) {
          List<Element> list = byClass.computeIfAbsent(name, c -> new ArrayList<>());
          if (list.isEmpty() || list.get(list.size() - 1) != e) {
            list.add(e);
          }
        }
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
  }

  /**
   * The elements of a tag indexed.
   *
   * @param tag {@code h1}, {@code h2} or {@code meta}
   * @return them in document order
   */
  List<Element> tag(String tag) {
    return byTag.getOrDefault(tag, List.of());
  }

  /**
   * The elements of a class indexed.
   *
   * @param name the class, any case
   * @return them in document order
   */
  List<Element> withClass(String name) {
    return byClass.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }
}
