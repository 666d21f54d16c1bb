package dev.fazhi.documents;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * The limits a document is read within. Documents are attack surface: a zip bomb, an entity expansion,
 * a page nested a million deep or a PDF whose objects loop must end as a clear error within these
 * limits, never as an exhausted heap or a hung batch. Every limit is settable; the defaults suit
 * annual reports, which run to a few dozen pages and rarely a megabyte of text.
 */
@Value.Immutable
public interface DocumentLimits {

  /** The defaults, as stated on each attribute. */
  DocumentLimits DEFAULTS = builder().build();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableDocumentLimits.Builder builder() {
    return ImmutableDocumentLimits.builder();
  }

  /**
   * The largest file accepted, in bytes. Default 50 MB: a Word file or PDF with pictures is larger than
   * its text by far.
   *
   * @return the limit
   */
  @Value.Default
  default long getMaxBytes() {
    return 50L * 1024 * 1024;
  }

  /**
   * The most bytes a Word file may inflate to, all its parts together. Default 200 MB.
   *
   * @return the limit
   */
  @Value.Default
  default long getMaxInflatedBytes() {
    return 200L * 1024 * 1024;
  }

  /**
   * The highest ratio of inflated to compressed size of a Word file's XML parts, the mark of a zip bomb.
   * Default 100: XML compresses 5 to 20 times; a bomb, thousands of times.
   *
   * @return the ratio
   */
  @Value.Default
  default int getMaxInflateRatio() {
    return 100;
  }

  /**
   * The most characters of text a document may give. Default 5 million: the core reader's own limit
   * is 20 MB.
   *
   * @return the limit
   */
  @Value.Default
  default int getMaxTextChars() {
    return 5_000_000;
  }

  /**
   * The most pages of a PDF read. Default 2 000.
   *
   * @return the limit
   */
  @Value.Default
  default int getMaxPages() {
    return 2_000;
  }

  /**
   * The deepest element nesting a web page or a Word file's body may have. Default 512: real pages
   * nest a few dozen deep.
   *
   * @return the limit
   */
  @Value.Default
  default int getMaxDepth() {
    return 512;
  }

  /**
   * The most memory a PDF's streams may take when decoded, in bytes. Default 256 MB.
   *
   * @return the limit
   */
  @Value.Default
  default long getMaxPdfMemory() {
    return 256L * 1024 * 1024;
  }

  /**
   * The longest a document may take to read. Checked between units of work (elements, paragraphs,
   * pages), so a read stops soon after it runs over. Default 60 s.
   *
   * @return the limit
   */
  @Value.Default
  default Duration getMaxTime() {
    return Duration.ofSeconds(60);
  }
}
