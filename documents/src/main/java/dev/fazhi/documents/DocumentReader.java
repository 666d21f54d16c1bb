package dev.fazhi.documents;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.ImmutableReportMetadata;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.ImmutableReportResidue;
import dev.fazhi.core.model.ReportMetadata;
import dev.fazhi.core.model.ReportResidue;
import dev.fazhi.core.read.DecodedText;
import dev.fazhi.core.read.ReadHints;
import dev.fazhi.core.read.ReportReader;
import dev.fazhi.documents.html.HtmlReader;
import dev.fazhi.documents.pdf.PdfReader;
import dev.fazhi.documents.word.WordReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The one entry point: reads a report from a web page, a Word file, a PDF or a plain text, telling the
 * format by the content's first bytes (a zip holding {@code word/document.xml}, {@code %PDF-}, markup),
 * never by the file's name.
 *
 * <p>{@link #read} gives the {@link Document}: the text, the map back to the original and what only the
 * format knows. {@link #readReport} reads that text with the core {@link ReportReader} as well. A file
 * that cannot be read ends in a {@link DocumentException} (or, for text, the core reader's
 * {@link ReportFormatException}) that names the file and what to do; a legacy .doc or .wps, an .ofd and
 * an encrypted file are refused by name. Every read is bounded by the {@link DocumentLimits}. Errors are
 * in the reader's {@link #locale()}, English or Chinese.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DocumentReader {

  private final DocumentLimits limits;
  private final ReportReader reportReader;
  private final Locale locale;

  private DocumentReader(Builder b) {
    this.limits = b.limits;
    this.reportReader = b.reportReader != null ? b.reportReader : ReportReader.defaults();
    this.locale = b.locale != null ? b.locale : reportReader.locale();
  }

  /**
   * The reader with the default limits and the default core reader, {@link ReportReader#defaults()},
   * whose messages are in {@link dev.fazhi.core.Language#defaultLocale()} (the JVM's default locale,
   * Chinese if its language is {@code zh}, else English) as it is at this call.
   *
   * @return the reader
   */
  public static DocumentReader defaults() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The limits of this reader.
   *
   * @return the limits
   */
  public DocumentLimits limits() {
    return limits;
  }

  /**
   * The language of this reader's errors.
   *
   * @return the locale given to the builder, else the core reader's ({@link ReportReader#locale()})
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Tells a document's format by its first bytes.
   *
   * @param bytes the content
   * @param source the source name for errors, or null
   * @return the format
   * @throws DocumentException for a format fazhi does not read, or no document at all
   */
  public DocumentFormat formatOf(byte[] bytes, String source) {
    try {
      return FormatSniffer.sniff(bytes, source);
    } catch (DocumentException e) {
      throw e.withLocale(locale);
    }
  }

  /**
   * Reads a file into a document.
   *
   * @param file the file
   * @return the document
   * @throws IOException if the file cannot be read
   * @throws ReportFormatException if it is no readable document
   */
  public Document read(Path file) throws IOException {
    try {
      return read(bytesOf(file), file.toString());
    } catch (DocumentException e) {
      throw e.withLocale(locale);
    }
  }

  /**
   * Reads a stream into a document.
   *
   * @param in the content; not closed
   * @param source the source name, or null
   * @return the document
   * @throws IOException if reading fails
   * @throws ReportFormatException if it is no readable document
   */
  public Document read(InputStream in, String source) throws IOException {
    try {
      return read(bytesOf(in, source), source);
    } catch (DocumentException e) {
      throw e.withLocale(locale);
    }
  }

  /**
   * Reads content into a document.
   *
   * @param bytes the content
   * @param source the source name, or null
   * @return the document
   * @throws ReportFormatException if it is no readable document
   */
  public Document read(byte[] bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    try {
      checkSize(bytes.length, source);
      DocumentFormat format = FormatSniffer.sniff(bytes, source);
      return switch (format) {
        case HTML -> HtmlReader.read(bytes, source, limits);
        case DOCX -> WordReader.read(bytes, source, limits);
        case PDF -> PdfReader.read(bytes, source, limits);
        case TEXT -> PlainText.read(bytes, source, limits);
      };
    } catch (DocumentException e) {
      throw e.withLocale(locale);
    }
  }

  /**
   * Reads a file as a report.
   *
   * @param file the file
   * @return the report with its document
   * @throws IOException if the file cannot be read
   * @throws ReportFormatException if it is no readable document or no report
   */
  public DocumentReport readReport(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = bytesOf(file);
    } catch (DocumentException e) {
      throw e.withLocale(locale);
    }
    return readReport(bytes, file.toString());
  }

  /**
   * Reads content as a report.
   *
   * @param bytes the content
   * @param source the source name, or null
   * @return the report with its document
   * @throws ReportFormatException if it is no readable document or no report
   */
  public DocumentReport readReport(byte[] bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > 0 && bytes.length <= limits.getMaxBytes() && bytes.length <= reportReader.maxBytes()
        && formatOf(bytes, source) == DocumentFormat.TEXT) {
      return readText(bytes, source);
    }
    Document document = read(bytes, source);
    Report report;
    try {
      if (document.getFormat() == DocumentFormat.TEXT) {
        report = reportReader.read(new java.io.ByteArrayInputStream(bytes), source);
      } else {
        report = reportReader.read(document.text(), source, hints(document));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a byte array cannot fail to read
    } catch (ReportFormatException e) {
      throw e.getLocale().equals(locale) ? e : e.withLocale(locale);
    }
    return DocumentReport.of(report, document);
  }

  /**
   * A plain text, decoded once: the text {@link PlainText} decodes, with the same errors as {@link #read}
   * gives, goes to the core reader as it is, and the document's lines are split from it only when asked
   * for ({@link TextDocumentReport}). The core reader, given the bytes, would decode them to this same
   * text: the same encodings in the same order, strictly, and a text without NUL bytes (those are
   * refused as documents, before the reader's own errors); its empty and oversized inputs take the
   * other way, where it reads the bytes.
   */
  private DocumentReport readText(byte[] bytes, String source) {
    DecodedText text;
    try {
      text = PlainText.decoded(bytes, source, limits, false);
    } catch (DocumentException e) {
      throw e.withLocale(locale);
    }
    Report report;
    try {
      report = reportReader.read(text, source); // from the decoder's characters, not a copy
    } catch (ReportFormatException e) {
      // Not searched for NUL above: the reader refuses every text with a U+0000, and such a text
      // without byte-order mark is the document error PlainText.text gives
      try {
        PlainText.refuseNul(bytes, source);
      } catch (DocumentException binary) {
        throw binary.withLocale(locale);
      }
      throw e.getLocale().equals(locale) ? e : e.withLocale(locale);
    }
    return new TextDocumentReport(report, text.text(), source);
  }

  /** What the document knows that its text does not say: its metadata, for the report's. */
  static ReadHints hints(Document document) {
    DocumentMetadata m = document.getMetadata();
    ImmutableReportMetadata.Builder metadata = ReportMetadata.builder();
    m.getDocumentNumber().ifPresent(metadata::documentNumber);
    m.getIndexNumber().ifPresent(metadata::indexNumber);
    m.getPublisher().ifPresent(metadata::publisher);
    m.getSignedOn().ifPresent(metadata::signedOn);
    m.getPublishedOn().ifPresent(metadata::publishedOn);
    m.getModifiedOn().ifPresent(metadata::modifiedOn);
    return ReadHints.builder().metadata(metadata.build()).residue(residue(document.getResidue())).build();
  }

  /** The residue as the core model holds it: counts, and the first of each kind to quote. */
  static ReportResidue residue(Residue r) {
    ImmutableReportResidue.Builder out = ReportResidue.builder()
        .trackedChanges(r.getTrackedChanges().size())
        .comments(r.getComments().size())
        .hiddenTexts(r.getHiddenText().size());
    if (!r.getTrackedChanges().isEmpty()) {
      TrackedChange first = r.getTrackedChanges().get(0);
      first.getAuthor().ifPresent(out::firstChangeAuthor);
      first.getDate().map(d -> d.atZoneSameInstant(DocumentDates.CHINA).toLocalDateTime())
          .ifPresent(out::firstChangeDate);
      if (!first.getText().isEmpty()) {
        out.firstChangeText(first.getText());
      }
    }
    if (!r.getComments().isEmpty()) {
      out.firstComment(r.getComments().get(0).getText());
      r.getComments().get(0).getAuthor().ifPresent(out::firstCommentAuthor);
    }
    if (!r.getHiddenText().isEmpty()) {
      out.firstHiddenText(r.getHiddenText().get(0).getText());
    }
    long glyphs = 0;
    long lost = 0;
    for (PageGlyphs p : r.getPages()) {
      glyphs += p.getGlyphs();
      lost += p.getUnmapped();
      if (p.isUnreadable()) {
        out.addUnreadablePages(p.getPage());
      }
    }
    return out.glyphs(glyphs).unreadableGlyphs(lost).build();
  }

  private byte[] bytesOf(Path file) throws IOException {
    BasicFileAttributes attributes = attributesOf(file);
    if (attributes != null && attributes.isRegularFile()) {
      long size = attributes.size(); // one look at the file for both, not Files.isRegularFile and size
      checkSize(size, file.toString());
      try (SeekableByteChannel channel = Files.newByteChannel(file)) {
        return bytesOf(channel, (int) size, file.toString());
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      return bytesOf(in, file.toString());
    }
  }

  /** A file's attributes, or null where Files.isRegularFile would say false for want of them. */
  private static BasicFileAttributes attributesOf(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * A regular file of a known size, read straight into an array of that size (a stream would read it in
   * small buffers and copy them together); a file that has grown since is read on as a stream, within
   * the limit.
   */
  private byte[] bytesOf(SeekableByteChannel channel, int size, String source) throws IOException {
    byte[] bytes = new byte[size];
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        return Arrays.copyOf(bytes, buffer.position()); // it has shrunk since
      }
    }
    // It may have grown since: the rest, within the limit, after what was read (none at its end). One
    // byte is asked for first: almost always there is none, and a stream would take a buffer of
    // thousands of bytes to find that out.
    long limit = Math.min(Integer.MAX_VALUE - 8, limits.getMaxBytes() + 1);
    if (limit - size <= 0) {
      return bytes;
    }
    ByteBuffer first = ByteBuffer.allocate(1);
    int got;
    do {
      got = channel.read(first);
    } while (got == 0);
    if (got < 0) {
      return bytes;
    }
    byte[] more = Channels.newInputStream(channel).readNBytes((int) (limit - size - 1));
    byte[] rest = new byte[1 + more.length];
    rest[0] = first.get(0);
    System.arraycopy(more, 0, rest, 1, more.length);
    byte[] all = Arrays.copyOf(bytes, size + rest.length);
    System.arraycopy(rest, 0, all, size, rest.length);
    checkSize(all.length, source);
    return all;
  }

  /** Reads at most one byte past the limit, so that a larger stream is refused without being read. */
  private byte[] bytesOf(InputStream in, String source) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.getMaxBytes() + 1));
    checkSize(bytes.length, source);
    return bytes;
  }

  private void checkSize(long size, String source) {
    if (size > limits.getMaxBytes()) {
      throw DocumentException.of(DocumentException.Kind.LIMIT, source, 0, null, "tooLarge",
          limits.getMaxBytes());
    }
  }

  /** Settings for a {@link DocumentReader}. */
  public static final class Builder {
    private DocumentLimits limits = DocumentLimits.DEFAULTS;
    private ReportReader reportReader;
    private Locale locale;

    private Builder() {}

    /**
     * The language of the errors: Chinese for a Chinese locale, English otherwise. By default the
     * core reader's ({@link #reportReader}), so that a document's errors and its text's are in one
     * language; set here, it applies to both.
     *
     * @param messages the locale
     * @return this builder
     */
    public Builder locale(Locale messages) {
      this.locale = Objects.requireNonNull(messages, "messages");
      return this;
    }

    /**
     * The limits (default {@link DocumentLimits#DEFAULTS}).
     *
     * @param documentLimits the limits
     * @return this builder
     */
    public Builder limits(DocumentLimits documentLimits) {
      this.limits = Objects.requireNonNull(documentLimits, "documentLimits");
      return this;
    }

    /**
     * The core reader that reads the text, and so the language of its messages (default
     * {@link ReportReader#defaults()} at {@link #build()}: {@link dev.fazhi.core.Language#defaultLocale()}).
     *
     * @param reader the reader
     * @return this builder
     */
    public Builder reportReader(ReportReader reader) {
      this.reportReader = Objects.requireNonNull(reader, "reader");
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public DocumentReader build() {
      return new DocumentReader(this);
    }
  }
}
