package dev.fazhi.documents.word;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Emulates Word's automatic numbering: renders the label Word shows for each numbered paragraph, in
 * document order. POI gives no labels, so this is our own, after ECMA-376 Part 1, 17.9:
 *
 * <ul>
 *   <li>a paragraph's {@code w:numId} points to a {@code w:num}, which points to a {@code w:abstractNum}
 *       holding the nine levels ({@code w:lvl}: {@code w:start}, {@code w:numFmt}, {@code w:lvlText},
 *       {@code w:lvlRestart}, {@code w:isLgl}, {@code w:suff}); an abstract numbering that is only a
 *       {@code w:numStyleLink} takes its levels from the numbering of the style it names;</li>
 *   <li>a {@code w:num}'s {@code w:lvlOverride} replaces a level ({@code w:lvl}) or its start
 *       ({@code w:startOverride}); a {@code w:num} with a start override is a list of its own that starts
 *       again, while {@code w:num}s without one share their abstract numbering's counters, as Word does;</li>
 *   <li>using a level counts it on (starting at its start value) and restarts the levels below it,
 *       unless their {@code w:lvlRestart} says otherwise (0: never; n: only after level n or above);</li>
 *   <li>the label is the level's {@code w:lvlText} with each {@code %k} replaced by level k's counter in
 *       level k's format ({@link NumberFormats}), or in decimal when the level is {@code w:isLgl}.</li>
 * </ul>
 *
 * Not thread-safe: one instance per reading.
 */
final class WordNumbering {

  /** One level's definition. */
  record Level(int start, String numFmt, String lvlText, int restart, boolean legal, String suffix,
      String pStyle) {}

  private static final Level DEFAULT_LEVEL = new Level(1, "decimal", null, -1, false, "tab", null);

  /** abstractNumId → its levels (index = ilvl) and styleLink / numStyleLink. */
  private final Map<Integer, Element> abstracts = new HashMap<>();
  private final Map<Integer, Element> nums = new HashMap<>();
  private final Map<String, int[]> counters = new HashMap<>();
  private final Map<String, boolean[]> started = new HashMap<>();
  private final WordStyles styles;

  WordNumbering(Element root, WordStyles styles) {
    this.styles = styles;
    if (root == null) {
      return;
    }
    for (Element a : Xml.children(root, "abstractNum")) {
      abstracts.put(parse(Xml.attr(a, "abstractNumId")), a);
    }
    for (Element n : Xml.children(root, "num")) {
      nums.put(parse(Xml.attr(n, "numId")), n);
    }
  }

  private static int parse(String s) {
    try {
      return s == null ? -1 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A rendered label and its level definition. */
  record Label(String text, Level level, int ilvl) {}

  /**
   * Counts a numbered paragraph and renders its label.
   *
   * @param numId the paragraph's {@code w:numId}; 0 means "not numbered"
   * @param ilvl its level, -1 for "from the style"
   * @param styleId the paragraph's style, to find the level linked to it
   * @return the label, or null when the paragraph is not numbered
   */
  Label next(int numId, int ilvl, String styleId) {
    Element num = nums.get(numId);
    if (numId <= 0 || num == null) {
      return null;
    }
    Element abs = abstractOf(num);
    int level = ilvl >= 0 ? Math.min(ilvl, 8) : levelForStyle(num, abs, styleId);
    boolean ownList = hasStartOverride(num);
    String key = ownList ? "num:" + numId : "abs:" + Xml.attr(abs, "abstractNumId");
    int[] count = counters.computeIfAbsent(key, k -> new int[9]);
    boolean[] on = started.computeIfAbsent(key, k -> new boolean[9]);
    Level[] levels = new Level[9];
    for (int i = 0; i < 9; i++) {
      levels[i] = level(num, abs, i);
    }
    if (on[level]) {
      count[level]++;
    } else {
      count[level] = levels[level].start();
      on[level] = true;
    }
    for (int d = level + 1; d < 9; d++) {
      int restart = levels[d].restart();
      if (restart < 0 || (restart > 0 && level < restart)) {
        on[d] = false;
      }
    }
    Level def = levels[level];
    String text = def.lvlText() == null ? "" : render(def, levels, count, on);
    return new Label(text, def, level);
  }

  private static String render(Level def, Level[] levels, int[] count, boolean[] on) {
    String t = def.lvlText();
    StringBuilder out = new StringBuilder(t.length() + 4);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '%' && i + 1 < t.length() && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '9') {
        int k = t.charAt(i + 1) - '1';
        int value = on[k] ? count[k] : levels[k].start();
        String fmt = def.legal() && !"decimalZero".equals(levels[k].numFmt()) ? "decimal" : levels[k].numFmt();
        out.append(NumberFormats.format(value, fmt));
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private Element abstractOf(Element num) {
    Element abs = abstracts.get(parse(Xml.val(num, "abstractNumId")));
    // an abstract numbering that is only a link to a numbering style: follow the style's numbering
    for (int i = 0; abs != null && i < WordStyles.MAX_CHAIN; i++) {
      String link = Xml.val(abs, "numStyleLink");
      if (link == null) {
        return abs;
      }
      WordStyles.NumRef ref = styles.numbering(link);
      Element target = ref == null ? null : nums.get(ref.numId());
      Element next = target == null ? null : abstracts.get(parse(Xml.val(target, "abstractNumId")));
      if (next == null || next == abs) {
        return abs;
      }
      abs = next;
    }
    return abs;
  }

  private static boolean hasStartOverride(Element num) {
    for (Element o : Xml.children(num, "lvlOverride")) {
      if (Xml.child(o, "startOverride") != null) {
        return true;
      }
    }
    return false;
  }

  private int levelForStyle(Element num, Element abs, String styleId) {
    if (styleId != null) {
      for (int i = 0; i < 9; i++) {
        if (styleId.equals(level(num, abs, i).pStyle())) {
          return i;
        }
      }
    }
    return 0;
  }

  private Level level(Element num, Element abs, int ilvl) {
    Element lvl = null;
    Integer startOverride = null;
    for (Element o : Xml.children(num, "lvlOverride")) {
      if (parse(Xml.attr(o, "ilvl")) == ilvl) {
        Element so = Xml.child(o, "startOverride");
        if (so != null) {
          startOverride = parse(Xml.attr(so, "val"));
        }
        lvl = Xml.child(o, "lvl");
      }
    }
    if (lvl == null && abs != null) {
      for (Element l : Xml.children(abs, "lvl")) {
        if (parse(Xml.attr(l, "ilvl")) == ilvl) {
          lvl = l;
          break;
        }
      }
    }
    Level base = lvl == null ? DEFAULT_LEVEL : new Level(Xml.intVal(lvl, "start", 0),
        valOr(lvl, "numFmt", "decimal"), Xml.val(lvl, "lvlText"), Xml.intVal(lvl, "lvlRestart", -1),
        Xml.on(lvl, "isLgl"), valOr(lvl, "suff", "tab"), Xml.val(lvl, "pStyle"));
    if (startOverride != null && startOverride >= 0) {
      return new Level(startOverride, base.numFmt(), base.lvlText(), base.restart(), base.legal(),
          base.suffix(), base.pStyle());
    }
    return base;
  }

  private static String valOr(Element parent, String child, String fallback) {
    String v = Xml.val(parent, child);
    return v == null ? fallback : v;
  }
}
