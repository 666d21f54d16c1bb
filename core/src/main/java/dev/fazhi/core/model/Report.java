package dev.fazhi.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.fazhi.core.model.constraints.ConsistentReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An annual report on building a law-based government (法治政府建设年度报告), as written.
 *
 * <p>Only the title is required. Everything a report may lack (an identifiable issuer, a reporting
 * year, a signing date, any of its parts) is optional here, so that a faulty report can be held and its
 * faults reported. Build one with {@link #builder()}, read one from JSON with
 * {@code dev.fazhi.core.json.ReportJson}, or from a published text with the reader.
 *
 * <p>Instances are immutable and thread-safe; {@code equals} compares every attribute.
 */
@Value.Immutable
@ConsistentReport
@JsonSerialize(as = ImmutableReport.class)
@JsonDeserialize(as = ImmutableReport.class)
public interface Report {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableReport.Builder builder() {
    return ImmutableReport.builder();
  }

  /**
   * Where the report was read from, such as a file name or URL, as the caller named it.
   *
   * @return the source name
   */
  Optional<String> getSource();

  /**
   * The issuing organ, when it can be identified.
   *
   * @return the issuer
   */
  Optional<Issuer> getIssuer();

  /**
   * The year the report is about, when it can be identified.
   *
   * @return the year, such as 2019
   */
  OptionalInt getReportingYear();

  /**
   * The title as written, joined where the source broke it across lines.
   *
   * @return the title
   */
  String getTitle();

  /**
   * The signing (成文) date from the date line at the end.
   *
   * @return the date
   */
  Optional<LocalDate> getSignedOn();

  /**
   * Where the signing date stands in the source text.
   *
   * @return the location
   */
  Optional<SourceLocation> getSignedOnLocation();

  /**
   * The publication date from a publication line ({@code 发布时间:2021-01-20}).
   *
   * @return the date
   */
  Optional<LocalDate> getPublishedOn();

  /**
   * Where the publication date stands in the source text.
   *
   * @return the location
   */
  Optional<SourceLocation> getPublishedOnLocation();

  /**
   * The paragraphs before the first heading: the introduction and any salutation.
   *
   * @return the paragraphs
   */
  List<Paragraph> getPreamble();

  /**
   * The top-level sections, in order.
   *
   * @return the sections
   */
  List<Section> getSections();

  /**
   * Parts that have no section of their own but are discussed inside another part.
   *
   * @return the embedded parts, by part
   */
  Map<Part, EmbeddedPart> getEmbeddedParts();

  /**
   * The full text the report was read from, as decoded.
   *
   * @return the text, or empty for a report built in code or from JSON without it
   */
  Optional<String> getSourceText();

  /**
   * All sections, depth-first in document order.
   *
   * @return the sections
   */
  default List<Section> allSections() {
    List<Section> out = new ArrayList<>();
    ReportTrees.collect(getSections(), out);
    return List.copyOf(out);
  }

  /**
   * The sections that make up a part, in document order. Several top-level sections may together form
   * one part (thematic headings that are all measures).
   *
   * @param part the part
   * @return the sections whose {@link Section#getPart()} is that part
   */
  default List<Section> sectionsOf(Part part) {
    List<Section> out = new ArrayList<>();
    for (Section section : allSections()) {
      if (section.getPart().filter(part::equals).isPresent()) {
        out.add(section);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Where the report holds a part: its first section, or else its discussion inside another part, or
   * nothing. Walks the sections once per call (O(sections)); {@link #partStatuses()} gives all five
   * from one walk.
   *
   * @param part the part
   * @return the status
   */
  default PartStatus partStatus(Part part) {
    return partStatuses().get(part);
  }

  /**
   * Where the report holds each of the five parts, from one walk of the sections (O(sections)).
   *
   * @return the status of every part, in the regulation's order; a new map
   */
  default Map<Part, PartStatus> partStatuses() {
    Map<Part, Section> first = new EnumMap<>(Part.class);
    for (Section section : allSections()) {
      section.getPart().ifPresent(part -> first.putIfAbsent(part, section));
    }
    Map<Part, PartStatus> out = new EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      Section section = first.get(part);
      out.put(part, section != null
          ? ImmutablePartStatus.builder().part(part).firstSection(section).build()
          : ImmutablePartStatus.builder().part(part)
              .embedded(Optional.ofNullable(getEmbeddedParts().get(part))).build());
    }
    return out;
  }

  /**
   * The parts that have a section of their own.
   *
   * @return the parts, a new mutable set
   */
  default Set<Part> partsWithSections() {
    Set<Part> parts = EnumSet.noneOf(Part.class);
    for (Section section : allSections()) {
      section.getPart().ifPresent(parts::add);
    }
    return parts;
  }

  /**
   * All paragraphs, the preamble first, then each section's in depth-first order.
   *
   * @return the paragraphs
   */
  default List<Paragraph> allParagraphs() {
    List<Paragraph> out = new ArrayList<>(getPreamble());
    for (Section section : allSections()) {
      out.addAll(section.getParagraphs());
    }
    return List.copyOf(out);
  }

  /**
   * All figures the report states, in document order of their paragraphs.
   *
   * @return the figures
   */
  default List<Figure> allFigures() {
    List<Figure> out = new ArrayList<>();
    for (Paragraph paragraph : allParagraphs()) {
      out.addAll(paragraph.getFigures());
    }
    return List.copyOf(out);
  }
}
