package dev.fazhi.core.read;

import dev.fazhi.core.model.FazhiStyle;
import dev.fazhi.core.model.ReportMetadata;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a document format already knows about the text it hands to the {@link ReportReader}: a web
 * page's publication date from its metadata table, a Word or PDF file's last save, and whether the
 * text is the report alone.
 *
 * <p>A reader of plain text needs none of this ({@link #none()}). A reader of web pages, Word or PDF
 * files that has taken the report's text out of its container passes what the container said, so that
 * the report's {@link dev.fazhi.core.model.Report#getMetadata() metadata} holds it.
 */
@FazhiStyle
@Value.Immutable
public interface ReadHints {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableReadHints.Builder builder() {
    return ImmutableReadHints.builder();
  }

  /**
   * No hints: the text is all there is, as for a plain text file.
   *
   * @return the empty hints
   */
  static ReadHints none() {
    return builder().build();
  }

  /**
   * The metadata the container gives. Where the text carries its own metadata block too, a field the
   * container gives wins over the block's.
   *
   * @return the metadata
   */
  Optional<ReportMetadata> getMetadata();

  /**
   * What the container still carries beside the text, or could not give: the report's
   * {@link dev.fazhi.core.model.Report#getResidue() residue}.
   *
   * @return the residue
   */
  Optional<dev.fazhi.core.model.ReportResidue> getResidue();

  /**
   * Whether the text is the report alone, its page around it (menus, breadcrumbs, the metadata block,
   * the footer) already removed by the caller, as a web page read as HTML is. The reader then takes
   * no line for page chrome and reads no metadata block from the text, so that a report line that
   * merely looks like chrome is kept. Default false.
   *
   * @return true when the text has no page chrome
   */
  @Value.Default
  default boolean isChromeRemoved() {
    return false;
  }
}
