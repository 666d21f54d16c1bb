package dev.fazhi.benchmarks.gen;

import dev.fazhi.core.model.AdministrativeLevel;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a generated report says, before it is rendered as text with its noise: the structure the
 * renderer writes out and the model is built from. Mutable while the builder works, then only read.
 */
final class Plan {

  String issuerName;
  String region;
  AdministrativeLevel level;
  int year;
  String title;
  /** Where the title is broken across two lines, or 0 when it stands on one line. */
  int titleBreak;
  String navigation;
  String publicationLine;
  /** Offset of the publication date inside {@link #publicationLine}. */
  int publicationDateIndex;
  LocalDate publishedOn;
  LocalDate signedOn;
  boolean issuerAboveDate;
  String salutation;
  final List<Paragraph> preamble = new ArrayList<>();
  final List<Section> sections = new ArrayList<>();
  /** The paragraph or heading that discusses the principal leaders' duties, when embedded. */
  String embeddedPrincipalQuote;
  Layout layout;
  PrincipalPlacement principal;
  boolean otherMatters;
  NumberingStyle childStyle;
  final Set<Noise> noise = EnumSet.noneOf(Noise.class);
  final Set<Fault> faults = EnumSet.noneOf(Fault.class);

  /** A section: its heading, the part it makes up, its paragraphs and children. */
  static final class Section {
    final int level;
    NumberingStyle style;
    /** The number as written; 0 when the heading has no label. */
    int number;
    final String text;
    final Part part;
    final List<Paragraph> paragraphs = new ArrayList<>();
    final List<Section> children = new ArrayList<>();
    /** Rendered as {@code label + text + 。 + first paragraph} on one line. */
    boolean runIntoBody;
    /** Rendered on the end of the previous line after a run of spaces. */
    int runOnSpaces;

    Section(int level, NumberingStyle style, int number, String text, Part part) {
      this.level = level;
      this.style = style;
      this.number = number;
      this.text = text;
      this.part = part;
    }

    String label() {
      return style == NumberingStyle.NONE ? "" : style.format(number);
    }

    void collect(List<Section> out) {
      out.add(this);
      for (Section child : children) {
        child.collect(out);
      }
    }
  }

  /** A paragraph and the figures it states, each with the words it was written as. */
  static final class Paragraph {
    final StringBuilder text = new StringBuilder();
    final List<Figure> figures = new ArrayList<>();
    final List<String> quotes = new ArrayList<>();
    /** Where a break is rendered in the middle of a sentence, or 0 for none. */
    int breakAt;
    boolean bookmark;

    Paragraph append(String words) {
      text.append(words);
      return this;
    }

    void addFigure(Figure figure, String quote) {
      figures.add(figure);
      quotes.add(quote);
    }
  }

  List<Section> allSections() {
    List<Section> out = new ArrayList<>();
    for (Section section : sections) {
      section.collect(out);
    }
    return out;
  }

  List<Paragraph> allParagraphs() {
    List<Paragraph> out = new ArrayList<>(preamble);
    for (Section section : allSections()) {
      out.addAll(section.paragraphs);
    }
    return out;
  }
}
