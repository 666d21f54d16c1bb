package dev.fazhi.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a web page or a file says about itself, apart from its text: a web page's metadata grid and
 * {@code <meta>} tags, a Word file's core properties, a PDF's document information. Each field is
 * empty when the document does not give it.
 */
@Value.Immutable
public interface DocumentMetadata {

  /** No metadata at all. */
  DocumentMetadata EMPTY = builder().build();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableDocumentMetadata.Builder builder() {
    return ImmutableDocumentMetadata.builder();
  }

  /**
   * The title the page or file gives itself ({@code ArticleTitle}, a Word or PDF title property).
   *
   * @return the title
   */
  Optional<String> getTitle();

  /**
   * The document number (文号 / 发文字号).
   *
   * @return the number as written
   */
  Optional<String> getDocumentNumber();

  /**
   * The index number (索引号) of a government page.
   *
   * @return the number as written
   */
  Optional<String> getIndexNumber();

  /**
   * The publisher (发布机构 / 来源 / 发文机关, {@code ContentSource}); often the office that posted the
   * page, not the issuer.
   *
   * @return the publisher
   */
  Optional<String> getPublisher();

  /**
   * The signing date (成文日期) as the metadata gives it.
   *
   * @return the date
   */
  Optional<LocalDate> getSignedOn();

  /**
   * The publication date (发布日期 / 发布时间 / {@code PubDate}) as the metadata gives it.
   *
   * @return the date
   */
  Optional<LocalDate> getPublishedOn();

  /**
   * When the file was created (a Word or PDF file).
   *
   * @return the time
   */
  Optional<OffsetDateTime> getCreated();

  /**
   * When the file was last saved (a Word or PDF file).
   *
   * @return the time
   */
  Optional<OffsetDateTime> getModified();

  /**
   * The day the file was last saved, in China's time zone (UTC+8), where the file gives a time.
   *
   * @return the date
   */
  default Optional<LocalDate> getModifiedOn() {
    return getModified().map(t -> t.atZoneSameInstant(DocumentDates.CHINA).toLocalDate());
  }

  /**
   * Who last saved the file (a Word file's {@code lastModifiedBy}).
   *
   * @return the name
   */
  Optional<String> getLastModifiedBy();

  /**
   * Who the file names as its author ({@code creator}, a PDF's {@code Author}).
   *
   * @return the name
   */
  Optional<String> getAuthor();
}
