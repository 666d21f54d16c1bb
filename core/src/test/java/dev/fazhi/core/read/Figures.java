package dev.fazhi.core.read;

import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.FigureKind;
import java.util.List;

/** Test helper: the figures of one paragraph. */
final class Figures {

  private Figures() {}

  static List<Figure> of(String paragraph) {
    return FigureExtractor.extract(MappedText.of(paragraph), new SourceText(paragraph));
  }

  @SuppressWarnings("unchecked")
  static <T extends Figure> List<T> of(String paragraph, FigureKind kind) {
    return (List<T>) of(paragraph).stream().filter(f -> f.kind() == kind).toList();
  }
}
