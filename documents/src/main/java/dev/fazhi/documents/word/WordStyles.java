package dev.fazhi.documents.word;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * A Word file's paragraph styles, with what their chain of {@code w:basedOn} gives a paragraph: its
 * numbering, its outline level and whether it is a table-of-contents entry. A chain is followed at most
 * {@link #MAX_CHAIN} steps, so that a loop of styles cannot hang the reader.
 */
final class WordStyles {

  /** Deeper than any real style sheet (Word's own chains are a handful deep). */
  static final int MAX_CHAIN = 32;

  /** A numbering reference: the {@code w:numId} and {@code w:ilvl} (-1 when the style leaves it open). */
  record NumRef(int numId, int ilvl) {}

  private record Style(String id, String name, String basedOn, NumRef num, int outline) {}

  private final Map<String, Style> styles = new HashMap<>();
  private final String defaultParagraph;

  WordStyles(Element root) {
    String def = null;
    if (root != null) {
      for (Element s : Xml.children(root, "style")) {
        if (!"paragraph".equals(Xml.attr(s, "type"))) {
          continue;
        }
        String id = Xml.attr(s, "styleId");
        if (id == null) {
          continue;
        }
        Element pPr = Xml.child(s, "pPr");
        Element numPr = Xml.child(pPr, "numPr");
        NumRef num = numPr == null ? null
            : new NumRef(Xml.intVal(numPr, "numId", 0), Xml.intVal(numPr, "ilvl", -1));
        String name = Xml.val(s, "name");
        styles.put(id, new Style(id, name == null ? id : name, Xml.val(s, "basedOn"), num,
            Xml.intVal(pPr, "outlineLvl", -1)));
        if ("1".equals(Xml.attr(s, "default")) || "true".equals(Xml.attr(s, "default"))) {
          def = id;
        }
      }
    }
    this.defaultParagraph = def;
  }

  private String effective(String styleId) {
    return styleId == null ? defaultParagraph : styleId;
  }

  /** The numbering a style gives, from the nearest style in its chain that sets one. */
  NumRef numbering(String styleId) {
    String id = effective(styleId);
    for (int i = 0; i < MAX_CHAIN && id != null; i++) {
      Style s = styles.get(id);
      if (s == null) {
        return null;
      }
      if (s.num() != null) {
        return s.num();
      }
      id = s.basedOn();
    }
    return null;
  }

  /**
   * The heading level a style gives (1 for the top): its chain's outline level, else a built-in heading
   * name ({@code heading 2}, {@code 标题 2}); -1 for body text.
   */
  int headingLevel(String styleId) {
    String id = effective(styleId);
    for (int i = 0; i < MAX_CHAIN && id != null; i++) {
      Style s = styles.get(id);
      if (s == null) {
        return -1;
      }
      if (s.outline() >= 0) {
        return s.outline() < 9 ? s.outline() + 1 : -1;
      }
      int named = namedLevel(s.name());
      if (named > 0) {
        return named;
      }
      id = s.basedOn();
    }
    return -1;
  }

  private static int namedLevel(String name) {
    String n = name.toLowerCase(Locale.ROOT).strip();
    for (String prefix : new String[] {"heading ", "标题 ", "标题"}) {
      if (n.startsWith(prefix) && n.length() == prefix.length() + 1) {
        char c = n.charAt(prefix.length());
        if (c >= '1' && c <= '9') {
          return c - '0';
        }
      }
    }
    return -1;
  }

  /** Whether a style is a table-of-contents entry ({@code toc 1} … or {@code 目录 1} …, in its chain). */
  boolean isToc(String styleId) {
    String id = styleId;
    for (int i = 0; i < MAX_CHAIN && id != null; i++) {
      Style s = styles.get(id);
      if (s == null) {
        return false;
      }
      String n = s.name().toLowerCase(Locale.ROOT);
      if (n.startsWith("toc ") || n.startsWith("目录 ") || n.equals("toc heading")) {
        return true;
      }
      id = s.basedOn();
    }
    return false;
  }
}
