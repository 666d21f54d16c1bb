package dev.fazhi.core.read;

import dev.fazhi.core.model.Figure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the figures the finders make of one paragraph and owns the paragraph's claimed mask: which
 * numbers a checkable figure (a completion, a rate, a breakdown, a subset) is made of. A plain count of a
 * claimed number is not repeated. One per paragraph; not thread-safe.
 */
final class FigureSink {

  private final ParagraphView view;
  /** An {@code ArrayList}, not a {@code List}: C1 inlines no interface call. */
  private final ArrayList<Placed> out = new ArrayList<>();
  private final boolean[] claimed;

  /**
   * A figure found; {@code count} is the number a plain count stands for, null for a relation. A plain
   * count's figure is null until {@link #figures()}: it is made only if no checkable figure claims its
   * number (its subject, quote and location are a fifth of figure extraction, and claimed counts are
   * dropped). The number is read-only once scanned, so the figure made then is the one made at once.
   */
  private record Placed(int start, int order, Figure figure, NumberToken count) {}

  private static final Comparator<Placed> BY_POSITION = (a, b) -> a.start != b.start
      ? Integer.compare(a.start, b.start) : Integer.compare(a.order, b.order);

  /**
   * A sink for a paragraph's figures.
   *
   * @param view the paragraph, of which plain counts are made when asked for
   */
  FigureSink(ParagraphView view) {
    this.view = view;
    this.claimed = new boolean[view.tokens.size()];
  }

  /** Adds a figure whose quote starts at a position; relations (order 0) before counts (order 1). */
  void place(int quoteStart, int order, Figure figure) {
    out.add(new Placed(quoteStart, order, figure, null));
  }

  /**
   * Adds a plain count of a number, made by {@link FigureExtractor#count} when the figures are asked
   * for; dropped if a checkable figure claims the number.
   */
  void placeCount(int quoteStart, NumberToken number) {
    out.add(new Placed(quoteStart, 1, null, number));
  }

  /**
   * Adds a plain count already made, as the sink took them before counts were made late; dropped if a
   * checkable figure claims the number. Kept for the test that checks the late counts against it.
   */
  void placeMadeCount(int quoteStart, Figure figure, NumberToken number) {
    out.add(new Placed(quoteStart, 1, figure, number));
  }

  /** Claims numbers for a checkable figure: they are not repeated as plain counts. Nulls are ignored. */
  void claim(NumberToken... numbers) {
    for (NumberToken number : numbers) {
      if (number != null) {
        claimed[number.index] = true;
      }
    }
  }

  /** Whether a checkable figure has claimed a number. */
  boolean isClaimed(NumberToken number) {
    return claimed[number.index];
  }

  /** Whether the figures stand in {@link #BY_POSITION}'s order as placed: no comparator call, no sort. */
  private boolean inOrder() {
    for (int i = 1; i < out.size(); i++) {
      Placed a = out.get(i - 1);
      Placed b = out.get(i);
      if (a.start > b.start || (a.start == b.start && a.order > b.order)) {
        return false;
      }
    }
    return true;
  }

  /** The figures found, in the order they stand. */
  List<Figure> figures() {
    if (!inOrder()) { // most paragraphs: placed in order already, which a stable sort leaves as it is
      out.sort(BY_POSITION);
    }
    ArrayList<Figure> figures = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) { // no iterator: C1 would allocate one per paragraph
      Placed p = out.get(i);
      if (p.count() == null) {
        figures.add(p.figure());
      } else if (!claimed[p.count().index]) {
        figures.add(p.figure() != null ? p.figure() : FigureExtractor.count(view, p.count()));
      }
    }
    return figures;
  }
}
