package dev.fazhi.core.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/** Iterative walks over section trees, so that deeply nested input cannot overflow the stack. */
final class ReportTrees {

  private ReportTrees() {}

  static void collect(Section root, List<Section> out) {
    collect(List.of(root), out);
  }

  static void collect(List<Section> roots, List<Section> out) {
    Deque<Iterator<Section>> stack = new ArrayDeque<>();
    stack.push(roots.iterator());
    while (!stack.isEmpty()) {
      Iterator<Section> top = stack.peek();
      if (!top.hasNext()) {
        stack.pop();
        continue;
      }
      Section section = top.next();
      out.add(section);
      if (!section.getSections().isEmpty()) {
        stack.push(section.getSections().iterator());
      }
    }
  }
}
