package dev.fazhi.core.read;

import dev.fazhi.core.model.NumberingStyle;
import java.util.ArrayList;
import java.util.List;

/** A section while the outline is being built: mutable, package-private. */
final class SectionDraft {

  final String label;
  final NumberingStyle style;
  final int number;
  final MappedText text;
  final int rank;
  final int labelOffset;
  final List<MappedText> paragraphs = new ArrayList<>();
  final List<SectionDraft> children = new ArrayList<>();
  int level;
  /** The built section, while its parent is being built. */
  dev.fazhi.core.model.Section built;

  SectionDraft(String label, NumberingStyle style, int number, MappedText text, int rank, int labelOffset) {
    this.label = label;
    this.style = style;
    this.number = number;
    this.text = text;
    this.rank = rank;
    this.labelOffset = labelOffset;
  }

  String headingText() {
    return text.text();
  }
}
