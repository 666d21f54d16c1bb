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
 * {@value Quotes#MAX_QUOTE} characters) that starts there and holds the figure's own words.
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
    ParagraphView v = new ParagraphView(paragraph, source);
    if (!v.holdsFigure()) {
      return List.of(); // no count, amount or percentage: no finder would place a figure
    }
    FigureSink sink = new FigureSink(v);
    RateFinder rates = new RateFinder(v, sink);
    BreakdownFinder wholes = new BreakdownFinder(v, sink);
    for (int i = 0; i < v.tokens.size(); i++) {
      NumberToken t = v.tokens.get(i);
      switch (t.type) {
        case COUNT -> {
          sink.placeCount(Quotes.start(t), t);
          wholes.bracketBreakdown(i);
          wholes.enumeratedBreakdown(i);
          wholes.listedBreakdown(i);
          wholes.qualifiedSubset(i);
          wholes.renamedSubset(i);
        }
        case AMOUNT -> addAmount(v, sink, t);
        case PERCENT -> rates.rate(i);
        default -> { }
      }
    }
    wholes.ofWhich();
    return sink.figures();
  }

  /** The plain count of a number; {@link FigureSink} asks for it only if no relation claims the number. */
  static Count count(ParagraphView v, NumberToken t) {
    int qs = Quotes.start(t);
    return Count.builder()
        .value(t.count).unit(t.unit).subject(Subjects.subject(v, t)).approximate(t.approximate)
        .location(v.locate(qs)).quote(Quotes.quote(v, qs, t.end)).build();
  }

  private static void addAmount(ParagraphView v, FigureSink sink, NumberToken t) {
    int qs = Quotes.start(t);
    sink.place(qs, 1, Amount.builder()
        .yuan(t.value).statedUnit(t.money).subject(Subjects.subject(v, t)).approximate(t.approximate)
        .location(v.locate(qs)).quote(Quotes.quote(v, qs, t.end)).build());
  }
}
