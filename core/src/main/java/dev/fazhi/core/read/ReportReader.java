package dev.fazhi.core.read;

import dev.fazhi.core.Language;
import dev.fazhi.core.Reason;
import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.EmbeddedPart;
import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a published report text into the {@link Report} model.
 *
 * <p>The reader survives what web pages and word processors leave in published texts (navigation and
 * publication lines, {@code [bookmark: _GoBack]}, no-break and ideographic spaces, titles and paragraphs
 * broken across lines, numbered items run onto the previous line) without taking it for content. It
 * builds the heading tree with every label as written, recognises the five parts by what their headings
 * say, reads the issuer and reporting year from the title, the signing date from the date line and the
 * publication date from a publication line, and extracts the figures the validator checks. The report
 * keeps the decoded text ({@link Report#getSourceText()}); every location points into it.
 *
 * <p>Text is read from a {@code String}, a file or a stream. Bytes are decoded as UTF-8 (with or without
 * byte-order mark), UTF-16 with a byte-order mark or GB18030/GBK, detected. Anything that cannot be read
 * as such a report ends in a {@link ReportFormatException} that names the source: an empty, binary or
 * undecodable input, an input over the size limit, and, as a {@link NotAReportException}, a text that is
 * not an annual rule-of-law report. Reading is linear in the input.
 *
 * <p>Its messages are in the builder's {@link Builder#locale(Locale) locale}, by default
 * {@link Language#defaultLocale()}: the JVM's default locale, Chinese if its language is {@code zh},
 * else English.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReportReader {

  /** The default size limit: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private static final ReportReader CHINESE = builder().locale(Locale.SIMPLIFIED_CHINESE).build();
  private static final ReportReader ENGLISH = builder().locale(Locale.ENGLISH).build();

  private final long maxBytes;
  private final Locale locale;
  private final boolean figures;

  private ReportReader(Builder builder) {
    this.maxBytes = builder.maxBytes;
    this.locale = builder.locale != null ? builder.locale : Language.defaultLocale();
    this.figures = builder.figures;
  }

  /**
   * The reader with default settings: inputs up to 20 MB, error messages in the default language,
   * {@link Language#defaultLocale()} (the JVM's default locale, Chinese if its language is {@code zh},
   * else English), as it is at this call.
   *
   * @return a shared default reader of that language
   */
  public static ReportReader defaults() {
    return Language.isChinese(Language.defaultLocale()) ? CHINESE : ENGLISH;
  }

  /**
   * Starts a builder for non-default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The size limit of this reader.
   *
   * @return the largest input accepted, in bytes (in characters for a {@code String})
   */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * The language of this reader's error messages.
   *
   * @return the locale given to the builder, or {@link Language#defaultLocale()} as it was when the
   *     reader was built
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Whether this reader extracts the figures paragraphs state.
   *
   * @return false when built with {@link Builder#figures(boolean) figures(false)}
   */
  public boolean figures() {
    return figures;
  }

  /**
   * Reads a report from text.
   *
   * @param text the text
   * @return the report
   * @throws ReportFormatException if the text cannot be read as a report
   */
  public Report read(String text) {
    return read(text, null);
  }

  /**
   * Reads a report from text, naming its source in the report and in errors.
   *
   * @param text the text; a leading byte-order mark is dropped
   * @param sourceName the source name, such as a file name or URL, or null
   * @return the report
   * @throws ReportFormatException if the text cannot be read as a report
   */
  public Report read(String text, String sourceName) {
    return read(text, sourceName, ReadHints.none());
  }

  /**
   * Reads a report from text that a document format took out of its container (a web page, a Word or
   * PDF file), with what the container said about it.
   *
   * @param text the text; a leading byte-order mark is dropped
   * @param sourceName the source name, such as a file name or URL, or null
   * @param hints what the container knows: its metadata, whether its page chrome is already removed
   * @return the report; its {@link Report#getMetadata() metadata} holds the hints' metadata
   * @throws ReportFormatException if the text cannot be read as a report
   */
  public Report read(String text, String sourceName, ReadHints hints) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(hints, "hints");
    if (text.length() > maxBytes) {
      throw new ReportFormatException(sourceName, null, 0, 0,
          Reason.of("tooLarge", Long.toString(maxBytes)), locale, null);
    }
    try {
      return checkAndParse(text, sourceName, hints);
    } catch (ReportFormatException e) {
      throw e.withLocale(locale);
    }
  }

  /**
   * Reads a report from a decoded text, as {@link #read(String, String)} reads its {@link
   * DecodedText#text() text}, from the characters it was decoded into (no copy of them).
   *
   * @param text the text; a leading byte-order mark is dropped
   * @param sourceName the source name, such as a file name or URL, or null
   * @return the report
   * @throws ReportFormatException if the text cannot be read as a report
   */
  public Report read(DecodedText text, String sourceName) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxBytes) {
      throw new ReportFormatException(sourceName, null, 0, 0,
          Reason.of("tooLarge", Long.toString(maxBytes)), locale, null);
    }
    try {
      return parse(new SourceText(CheckedText.of(text, sourceName)), sourceName, ReadHints.none());
    } catch (ReportFormatException e) {
      throw e.withLocale(locale);
    }
  }

  /**
   * Reads a report from a file; the report and errors name the file.
   *
   * @param file the file
   * @return the report
   * @throws ReportFormatException if the file cannot be read as a report
   * @throws IOException if the file cannot be read
   */
  public Report read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
      throw new ReportFormatException(name, null, 0, 0,
          Reason.of("tooLarge", Long.toString(maxBytes)), locale, null);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name);
    }
  }

  /**
   * Reads a report from a stream of bytes, detecting the encoding.
   *
   * @param in the bytes; not closed
   * @param sourceName the source name, or null
   * @return the report
   * @throws ReportFormatException if the bytes cannot be read as a report
   * @throws IOException if reading fails
   */
  public Report read(InputStream in, String sourceName) throws IOException {
    Objects.requireNonNull(in, "in");
    try {
      byte[] bytes = TextDecoder.readAll(in, maxBytes, sourceName);
      return checkAndParse(TextDecoder.decodeUnchecked(bytes, sourceName), sourceName, ReadHints.none());
    } catch (ReportFormatException e) {
      throw e.withLocale(locale);
    }
  }

  /**
   * {@link TextDecoder#checkText}'s checks, then reading: the text's characters are copied out once,
   * checked and split into lines in one pass ({@link CheckedText}), and read from that one array.
   */
  private Report checkAndParse(String decoded, String sourceName, ReadHints hints) {
    return parse(new SourceText(CheckedText.of(decoded, sourceName)), sourceName, hints);
  }

  private Report parse(SourceText source, String sourceName, ReadHints hints) {
    String text = source.text();
    ReportLayout layout = ReportLayout.of(LineCleaner.clean(source), hints);
    ArrayList<CleanLine> lines = layout.lines;
    TitleParser.Title title = layout.title;
    if (title != null && ReportKinds.namesOtherReport(title.text())) {
      throw new NotAReportException(sourceName, Reason.of("notReport.infoDisclosure"), locale);
    }
    if (title != null && ReportKinds.namesPlan(title.text())) {
      throw new NotAReportException(sourceName, Reason.of("notReport.plan", title.text()), locale);
    }
    TitleLines titleLines = TitleLines.of(lines, title);
    ImmutableReport.Builder report = Report.builder().sourceText(text);
    if (title != null) {
      report.title(title.text());
    }
    if (sourceName != null) {
      report.source(sourceName);
    }
    OwnDates own = OwnDates.of(lines, source, titleLines);
    own.applyTo(report);
    ReportDates.fill(layout, source, report, own);
    ArrayList<CleanLine> outlined = WrappedHeadings.join(lines, own.skipped(), layout.tableCells,
        layout.pageWidth, source);
    Outline outline = new OutlineBuilder(outlined, own.skipped(), layout.tableCells, layout.pageWidth).build();
    String issuerLine = titleLines.issuerLine();

    Paragraphs paragraphs = new Paragraphs(source, outline.tables(), figures);
    List<Section> roots = sections(outline.roots(), paragraphs);
    if (title == null && partsOf(roots).size() < ReportKinds.MIN_PARTS_WITHOUT_TITLE) {
      throw new NotAReportException(sourceName, Reason.of("notReport.noParts"), locale);
    }
    if (title != null && !ReportKinds.namesRuleOfLawReport(title.text())
        && partsOf(roots).size() < ReportKinds.MIN_PARTS_WITHOUT_TITLE) {
      throw new NotAReportException(sourceName, Reason.of("notReport.notRuleOfLaw", title.text()), locale);
    }
    report.sections(roots);
    for (MappedText p : outline.preamble()) {
      report.addPreamble(paragraphs.of(p));
    }
    Optional<dev.fazhi.core.model.Issuer> issuer = title == null ? Optional.empty() : TitleParser.issuerOf(title);
    if (issuer.isEmpty() && issuerLine != null) {
      issuer = Optional.of(TitleParser.issuer(issuerLine));
    }
    if (issuer.isEmpty() && layout.letter != null && layout.letter.issuer() != null) {
      issuer = Optional.of(TitleParser.issuer(layout.letter.issuer()));
    }
    issuer.ifPresent(report::issuer);
    OptionalInt year = title == null ? OptionalInt.empty() : TitleParser.yearOf(title.text());
    if (year.isEmpty()) {
      year = yearFromPreamble(outline.preamble());
    }
    if (year.isEmpty() && layout.letter != null) {
      year = TitleParser.yearOf(layout.letter.title());
    }
    if (year.isEmpty()) {
      year = ReportDates.yearFromHeadings(roots);
    }
    year.ifPresent(report::reportingYear);
    report.embeddedParts(embeddedParts(outline.roots(), roots, source));
    ReportDates.metadata(layout, hints).ifPresent(report::metadata);
    hints.getResidue().filter(r -> !r.isEmpty()).ifPresent(report::residue);
    return report.build();
  }

  /** The year of {@code 现将我局2019年法治政府建设…}: a year closely followed by 法治, for a title without one. */
  private static OptionalInt yearFromPreamble(List<MappedText> preamble) {
    for (MappedText p : preamble) {
      String s = CharClasses.fold(p.text());
      for (int i = 0; i + 4 < s.length(); i++) {
        if (s.charAt(i + 4) == '年' && (i == 0 || !CharClasses.isDigit(s.charAt(i - 1)))
            && TitleParser.yearAt(s.substring(i, i + 5)) == 0
            && s.substring(i, Math.min(s.length(), i + 12)).contains("法治")) {
          return OptionalInt.of(Integer.parseInt(s.substring(i, i + 4)));
        }
      }
    }
    return OptionalInt.empty();
  }

  // ------------------------------------------------------------------ sections and parts

  private static List<Section> sections(List<SectionDraft> drafts, Paragraphs source) {
    List<Section> out = new ArrayList<>();
    boolean laterPartSeen = false;
    for (SectionDraft draft : drafts) {
      Optional<Part> part = PartKeywords.partOf(draft.headingText());
      if (part.isPresent()) {
        Part p = part.get();
        if (p == Part.SHORTCOMINGS_AND_CAUSES || p == Part.NEXT_YEAR_PLAN || p == Part.OTHER_MATTERS) {
          laterPartSeen = true;
        }
      } else if (!laterPartSeen) {
        part = Optional.of(Part.MEASURES_AND_RESULTS);
      }
      out.add(build(draft, part, source));
    }
    return out;
  }

  /** Builds a section tree without recursion, so that no input can overflow the stack. */
  private static Section build(SectionDraft root, Optional<Part> part, Paragraphs source) {
    // post-order: children are built before their parent
    Deque<SectionDraft> todo = new ArrayDeque<>();
    List<SectionDraft> order = new ArrayList<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      SectionDraft d = todo.pop();
      order.add(d);
      for (SectionDraft child : d.children) {
        todo.push(child);
      }
    }
    for (int i = order.size() - 1; i >= 0; i--) {
      SectionDraft d = order.get(i);
      ImmutableSection.Builder b = Section.builder().heading(heading(d))
          .location(source.source().locate(d.labelOffset));
      for (MappedText p : d.paragraphs) {
        b.addParagraphs(source.of(p));
      }
      for (SectionDraft child : d.children) {
        b.addSections(child.built);
        child.built = null;
      }
      if (d == root) {
        part.ifPresent(b::part);
      }
      d.built = b.build();
    }
    return root.built;
  }

  private static Heading heading(SectionDraft d) {
    dev.fazhi.core.model.ImmutableHeading.Builder b = Heading.builder().label(d.label).level(d.level)
        .style(d.style).text(d.headingText());
    if (d.number > 0) {
      b.number(d.number);
    }
    return b.build();
  }

  /**
   * Builds paragraphs with their figures; a flattened table's paragraph also gets the totals of its
   * {@code 合计} row ({@link TableTotals}).
   *
   * @param source the source text
   * @param tables the cells of each paragraph that is a table, by identity
   * @param figures false to leave figures out ({@link Builder#figures(boolean)})
   */
  private record Paragraphs(SourceText source, Map<MappedText, List<MappedText>> tables,
      boolean figures) {
    Paragraph of(MappedText p) {
      dev.fazhi.core.model.SourceLocation at = source.locate(p.offsetAt(0));
      if (!figures) {
        return Paragraph.builder().text(p.text()).location(at).build();
      }
      List<dev.fazhi.core.model.Figure> found = FigureExtractor.extract(p, source);
      // most texts have no table: no identity hash to make for every paragraph
      List<MappedText> cells = tables.isEmpty() ? null : tables.get(p);
      if (cells != null) {
        List<dev.fazhi.core.model.Figure> totals = TableTotals.figures(cells, source);
        if (!totals.isEmpty()) {
          found = new ArrayList<>(found);
          found.addAll(totals);
        }
      }
      return Paragraph.builder().text(p.text()).location(at).figures(found).build();
    }
  }

  private static Set<Part> partsOf(List<Section> roots) {
    Set<Part> parts = EnumSet.noneOf(Part.class);
    for (Section s : roots) {
      s.getPart().ifPresent(parts::add);
    }
    return parts;
  }

  /**
   * Required parts with no section of their own that the text discusses inside another part: the
   * measures first, then the shortcomings or other matters; never the next year's plan, which says what
   * will be done, not how it was.
   */
  private static Map<Part, EmbeddedPart> embeddedParts(List<SectionDraft> drafts, List<Section> roots,
      SourceText source) {
    Map<Part, EmbeddedPart> out = new EnumMap<>(Part.class);
    Set<Part> own = partsOf(roots);
    for (Part part : Part.required()) {
      if (own.contains(part)) {
        continue;
      }
      EmbeddedPart found = null;
      // the measures first, then the other parts, each in document order
      for (int pass = 0; pass < 2 && found == null; pass++) {
        for (int r = 0; r < roots.size() && found == null; r++) {
          Optional<Part> host = roots.get(r).getPart();
          if (host.isEmpty() || host.get() == part || host.get() == Part.NEXT_YEAR_PLAN
              || (pass == 0) != (host.get() == Part.MEASURES_AND_RESULTS)) {
            // a plan to fulfil a duty next year does not report how it was fulfilled
            continue;
          }
          found = discussion(drafts.get(r), part, host.get(), source);
        }
      }
      if (found != null) {
        out.put(part, found);
      }
    }
    return out;
  }

  private static EmbeddedPart discussion(SectionDraft root, Part part, Part host, SourceText source) {
    Deque<SectionDraft> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      SectionDraft d = todo.pop();
      List<MappedText> texts = new ArrayList<>();
      if (d != root) {
        texts.add(d.text);
      }
      texts.addAll(d.paragraphs);
      for (MappedText t : texts) {
        int at = PartKeywords.discussionOf(part, t.text());
        if (at >= 0) {
          int from = at;
          while (from > 0 && !CharClasses.isClauseBoundary(t.text().charAt(from - 1))) {
            from--;
          }
          int to = at;
          while (to < t.length() && !CharClasses.isClauseBoundary(t.text().charAt(to))) {
            to++;
          }
          return EmbeddedPart.builder().embeddedIn(host)
              .location(source.locate(t.offsetAt(from)))
              .quote(t.text().substring(from, to).strip()).build();
        }
      }
      for (int i = d.children.size() - 1; i >= 0; i--) {
        todo.push(d.children.get(i));
      }
    }
    return null;
  }

  /** Settings for a {@link ReportReader}. Not thread-safe; the built reader is. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private Locale locale;
    private boolean figures = true;

    private Builder() {}

    /**
     * Whether paragraphs carry the figures they state (default true). Extracting them is the largest
     * part of reading. A caller that needs only the text, the outline, the issuer and the year sets
     * false: every paragraph then has no figures, and everything else read (text, locations, sections,
     * parts, dates, issuer, year, whether the text is a report at all) is the same as with figures.
     * The corpus checks read history reports so
     * ({@code dev.fazhi.validation.corpus.CorpusCheck#historyReader}); a report read so is not for the
     * validator, whose figure rules would find nothing.
     *
     * @param extract false to leave figures out
     * @return this builder
     */
    public Builder figures(boolean extract) {
      this.figures = extract;
      return this;
    }

    /**
     * The largest input accepted (default 20 MB): bytes for a file or stream, characters for a
     * {@code String}. A larger input is refused with a {@link ReportFormatException} that names the
     * limit.
     *
     * @param limit the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Builder maxBytes(long limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("maxBytes must be at least 1: " + limit);
      }
      this.maxBytes = limit;
      return this;
    }

    /**
     * The language of error messages ({@link ReportFormatException#getMessage()} and
     * {@link ReportFormatException#getReason()}): Chinese for a Chinese locale such as
     * {@link Locale#CHINESE} or {@link Locale#SIMPLIFIED_CHINESE}, English otherwise. The default, when
     * this is not called, is {@link Language#defaultLocale()}: the JVM's default locale at
     * {@link #build()}, Chinese if its language is {@code zh}, else English. Every exception can also
     * be rendered in another language with {@link ReportFormatException#getMessage(Locale)}.
     *
     * @param messages the language of messages
     * @return this builder
     */
    public Builder locale(Locale messages) {
      this.locale = Objects.requireNonNull(messages, "messages");
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the immutable reader
     */
    public ReportReader build() {
      return new ReportReader(this);
    }
  }
}
