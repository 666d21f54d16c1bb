package dev.fazhi.documents.word;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small helpers over WordprocessingML elements (namespace-aware DOM). */
final class Xml {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private Xml() {}

  /** Whether an element is {@code w:name}. */
  static boolean isW(Node n, String name) {
    return n instanceof Element && W.equals(n.getNamespaceURI()) && name.equals(n.getLocalName());
  }

  /** The first child {@code w:name}, or null. */
  static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isW(n, name)) {
        return (Element) n;
      }
    }
    return null;
  }

  /** The child elements {@code w:name}. */
  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isW(n, name)) {
        out.add((Element) n);
      }
    }
    return out;
  }

  /** The {@code w:name} attribute, or null when absent. */
  static String attr(Element e, String name) {
    if (e == null) {
      return null;
    }
    String v = e.getAttributeNS(W, name);
    return v == null || v.isEmpty() ? (e.hasAttributeNS(W, name) ? "" : null) : v;
  }

  /** {@code w:val} of a child, or null. */
  static String val(Element parent, String child) {
    return attr(child(parent, child), "val");
  }

  /** An integer {@code w:val} of a child, or the fallback when absent or not a number. */
  static int intVal(Element parent, String child, int fallback) {
    String v = val(parent, child);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /**
   * Whether a toggle property such as {@code w:vanish} is on: present with no value or with a value
   * other than {@code false}, {@code 0}, {@code off}.
   */
  static boolean on(Element parent, String child) {
    Element e = child(parent, child);
    if (e == null) {
      return false;
    }
    String v = attr(e, "val");
    return v == null || !(v.equals("false") || v.equals("0") || v.equals("off"));
  }
}
