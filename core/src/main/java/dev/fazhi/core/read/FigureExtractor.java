package dev.fazhi.core.read;

import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.Figure;
import java.util.List;

/**
 * Reads the figures of a paragraph: every count and amount, and the checkable relations between them
 * that {@link RateFinder} (task completions, rates over counts) and {@link BreakdownFinder} (breakdowns
 * and subsets) find. A count whose number a checkable figure already uses at the same place is not
 * repeated as a count. Each figure carries its location and a short quote of the source (at most
 * {@value FigureContext#MAX_QUOTE} characters) that starts there and holds the figure's own words.
 * Linear in the paragraph: every look-back is bounded.
 */
final class FigureExtractor {

  private FigureExtractor() {}

  /**
   * Extracts the figures of a paragraph.
   *
   * @param paragraph the paragraph text, mapped to the source
   * @param source the source text
   * @return the figures, in the order they stand
   */
  static List<Figure> extract(MappedText paragraph, SourceText source) {
    FigureContext c = new FigureContext(paragraph, source);
    RateFinder rates = new RateFinder(c);
    BreakdownFinder wholes = new BreakdownFinder(c);
    for (int i = 0; i < c.tokens.size(); i++) {
      NumberToken t = c.tokens.get(i);
      switch (t.type) {
        case COUNT -> {
          addCount(c, t);
          wholes.bracketBreakdown(i);
          wholes.enumeratedBreakdown(i);
          wholes.listedBreakdown(i);
          wholes.qualifiedSubset(i);
          wholes.renamedSubset(i);
        }
        case AMOUNT -> addAmount(c, t);
        case PERCENT -> rates.rate(i);
        default -> { }
      }
    }
    wholes.ofWhich();
    return c.figures();
  }

  private static void addCount(FigureContext c, NumberToken t) {
    int qs = c.quoteStart(t);
    c.placeCount(qs, Count.builder()
        .value(t.count).unit(t.unit).subject(c.subject(t)).approximate(t.approximate)
        .location(c.locate(qs)).quote(c.quote(qs, t.end)).build(), t);
  }

  private static void addAmount(FigureContext c, NumberToken t) {
    int qs = c.quoteStart(t);
    c.place(qs, 1, Amount.builder()
        .yuan(t.value).statedUnit(t.money).subject(c.subject(t)).approximate(t.approximate)
        .location(c.locate(qs)).quote(c.quote(qs, t.end)).build());
  }
}
