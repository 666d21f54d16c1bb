package dev.fazhi.core.read;

import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.ImmutableReportMetadata;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.ReportMetadata;
import dev.fazhi.core.model.Section;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the page and a cover letter add to a report's own dates and year, in this order of trust: the
 * report's own date line, then the metadata block's 成文日期, then the cover letter's date, for the
 * signing date; the report's publication line, then the block's 发布日期, for the publication date; the
 * title, the preamble, the cover letter's title, then the headings, for the year.
 */
final class ReportDates {

  private ReportDates() {}

  /**
   * Sets the signing and publication dates the report's own lines did not give.
   *
   * @param layout the layout, with the metadata block and the letter
   * @param source the source text
   * @param report the report being built
   * @param own what the report's own lines gave
   */
  static void fill(ReportLayout layout, SourceText source, ImmutableReport.Builder report,
      OwnDates own) {
    MetadataBlock.Read block = layout.metadata;
    if (!own.published()) {
      MetadataBlock.Value value = block.firstDated(MetadataBlock.Field.PUBLISHED_ON);
      if (value != null) {
        DateLines.Found found = DateLines.dateAt(CharClasses.fold(value.value()), 0);
        report.publishedOn(found.date()).publishedOnLocation(locate(layout, source, value, found));
      }
    }
    if (own.signed()) {
      return;
    }
    MetadataBlock.Value signed = block.firstDated(MetadataBlock.Field.SIGNED_ON);
    if (signed != null) {
      DateLines.Found found = DateLines.dateAt(CharClasses.fold(signed.value()), 0);
      report.signedOn(found.date()).signedOnLocation(locate(layout, source, signed, found));
      return;
    }
    CoverLetter.Letter letter = layout.letter;
    if (letter != null && letter.date() != null) {
      CleanLine line = layout.lines.get(letter.dateLine());
      report.signedOn(letter.date().date())
          .signedOnLocation(source.locate(line.text().offsetAt(letter.date().start())));
    }
  }

  private static dev.fazhi.core.model.SourceLocation locate(ReportLayout layout, SourceText source,
      MetadataBlock.Value value, DateLines.Found found) {
    CleanLine line = layout.lines.get(value.line());
    int at = line.string().indexOf(value.value(), value.start());
    return source.locate(line.text().offsetAt(Math.max(0, at) + found.start()));
  }

  /**
   * The report's metadata: what the container passed, and what the text's metadata block says where
   * the container said nothing.
   *
   * @param layout the layout, with the metadata block
   * @param hints what the container passed
   * @return the metadata, or empty when neither says anything
   */
  static Optional<ReportMetadata> metadata(ReportLayout layout, ReadHints hints) {
    ImmutableReportMetadata.Builder b = ReportMetadata.builder();
    MetadataBlock.Read block = layout.metadata;
    text(block, MetadataBlock.Field.DOCUMENT_NUMBER).ifPresent(b::documentNumber);
    text(block, MetadataBlock.Field.INDEX_NUMBER).ifPresent(b::indexNumber);
    text(block, MetadataBlock.Field.PUBLISHER).ifPresent(b::publisher);
    Optional.ofNullable(block.dateOf(MetadataBlock.Field.SIGNED_ON)).ifPresent(b::signedOn);
    Optional.ofNullable(block.dateOf(MetadataBlock.Field.PUBLISHED_ON)).ifPresent(b::publishedOn);
    hints.getMetadata().ifPresent(given -> {
      given.getDocumentNumber().ifPresent(b::documentNumber);
      given.getIndexNumber().ifPresent(b::indexNumber);
      given.getPublisher().ifPresent(b::publisher);
      given.getSignedOn().ifPresent(b::signedOn);
      given.getPublishedOn().ifPresent(b::publishedOn);
      given.getModifiedOn().ifPresent(b::modifiedOn);
    });
    ReportMetadata metadata = b.build();
    return metadata.isEmpty() ? Optional.empty() : Optional.of(metadata);
  }

  private static Optional<String> text(MetadataBlock.Read block, MetadataBlock.Field field) {
    MetadataBlock.Value v = block.first(field);
    return v == null ? Optional.empty() : Optional.of(v.value());
  }

  /**
   * The year a report without one in its title or preamble is about, from its headings: the year a
   * heading of the measures or shortcomings names, or one before the year the plan's heading names.
   *
   * @param roots the top-level sections
   * @return the year
   */
  static OptionalInt yearFromHeadings(List<Section> roots) {
    for (Section s : roots) {
      Optional<Part> part = s.getPart();
      OptionalInt year = TitleParser.yearOf(s.getHeading().getText());
      if (year.isPresent() && part.isPresent() && part.get() != Part.NEXT_YEAR_PLAN
          && part.get() != Part.OTHER_MATTERS) {
        return year;
      }
    }
    for (Section s : roots) {
      OptionalInt year = TitleParser.yearOf(s.getHeading().getText());
      if (year.isPresent() && s.getPart().filter(Part.NEXT_YEAR_PLAN::equals).isPresent()) {
        return OptionalInt.of(year.getAsInt() - 1);
      }
    }
    return OptionalInt.empty();
  }
}
