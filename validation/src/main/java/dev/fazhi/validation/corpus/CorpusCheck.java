package dev.fazhi.validation.corpus;

import dev.fazhi.core.Language;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The checks across a set of reports ({@code corpus.*}): reports missing from a roster, one report in
 * two files, text reused from an earlier year or another issuer, changes on the previous year that
 * disagree with last year's report.
 *
 * <p>Use: {@link #digest} each report (on any thread, as it is read), {@link #add} the digests in a fixed
 * order (the order decides which reports the common wording is learned from, so a fixed order gives
 * the same findings every run), then {@link #finish()} once. Memory is bounded by the digests — per
 * report some 200 bytes, 60 per passage of 100 characters or more plus 2 per character of its
 * uncommon wording, and 24 per figure — never the texts;
 * while the common wording is being learned (the first {@code sampleSize} reports, 500 by default) a
 * digest also holds its passages' shingles, 8 bytes per character.
 *
 * <p>{@link #digest} is thread-safe; {@link #add} is synchronized; {@link #finish()} is called once,
 * after every add, and searches for reused text on up to {@link Builder#threads(int)} threads of its
 * own, with the same findings, in the same order, on any number.
 *
 * <p><b>History reports</b> are only digested, never validated, so they can be read with
 * {@link #historyReader()}, which leaves out the figures the validator needs: a digest takes the
 * report's title, issuer, year and its paragraphs' text and locations, and finds the figures and changes
 * it keeps in the paragraphs' text itself, never in {@code Paragraph.getFigures()}. A report read either
 * way gives the same digest, hence the same findings.
 */
public final class CorpusCheck {

  private final Locale locale;
  private final Roster roster;
  private final Set<String> disabled;
  private final Map<String, Severity> severities;
  private final double reuseThreshold;
  private final int minimumOwnShingles;
  private final int threads;
  private final CommonWording common;
  private final OrganTable table = OrganTable.builtIn();
  /** Working arrays lent to the digests that run at once: as many as ever ran at once, kept for the next. */
  private final Queue<ReportDigest.Scratch> scratches = new ConcurrentLinkedQueue<>();
  private final List<ReportDigest> reports = new ArrayList<>();
  private final List<ReportDigest> learning = new ArrayList<>();
  private final List<Exclusion> exclusions = new ArrayList<>();
  private volatile boolean frozen;
  private boolean finished;

  private CorpusCheck(Builder b) {
    this.locale = b.locale != null ? b.locale : Language.defaultLocale();
    this.roster = b.roster;
    this.disabled = Set.copyOf(b.disabled);
    this.severities = Map.copyOf(b.severities);
    this.reuseThreshold = b.reuseThreshold;
    this.minimumOwnShingles = b.minimumOwnShingles;
    this.threads = b.threads;
    this.common = new CommonWording(b.sampleSize, b.commonMinimum, b.commonShare);
  }

  /**
   * Starts a builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A reader for the reports that are only digested (history): the default reader with
   * {@link ReportReader.Builder#figures(boolean) figures(false)}, which reads the same text, outline,
   * issuer and year at about two thirds of the cost. Reports it reads are not for the validator.
   *
   * @param messages the language of its error messages
   * @return the reader
   */
  public static ReportReader historyReader(Locale messages) {
    return ReportReader.builder().locale(messages).figures(false).build();
  }

  /**
   * {@link #historyReader(Locale)} with English error messages.
   *
   * @return the reader
   */
  public static ReportReader historyReader() {
    return historyReader(Locale.ROOT);
  }

  /**
   * What the checks keep of a report. Thread-safe; linear in the report's text. Uses the report's
   * title, issuer, year and paragraphs (text and location), not the figures the reader extracted.
   *
   * @param report the report
   * @param source its name in findings (a path, an id)
   * @param role checked or history
   * @return the digest to {@link #add}
   */
  public ReportDigest digest(Report report, String source, Role role) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(role, "role");
    // Once the common wording is known, the passages are fingerprinted as the text is read, and their
    // raw shingles (8 bytes a character) are never kept.
    ReportDigest.Scratch scratch = scratches.poll();
    if (scratch == null) {
      scratch = new ReportDigest.Scratch();
    }
    try {
      return ReportDigest.of(report, source, role, table, frozen ? common : null, minimumOwnShingles,
          scratch);
    } finally {
      scratches.offer(scratch);
    }
  }

  /**
   * Adds a digest to the set.
   *
   * @param digest what {@link #digest} made
   */
  public synchronized void add(ReportDigest digest) {
    Objects.requireNonNull(digest, "digest");
    if (finished) {
      throw new IllegalStateException("finish() was called");
    }
    reports.add(digest);
    if (digest.issuer == null) {
      exclusions.add(new Exclusion(digest.source, Exclusion.Reason.UNKNOWN_ISSUER));
    }
    if (digest.year == 0) {
      exclusions.add(new Exclusion(digest.source, Exclusion.Reason.UNKNOWN_YEAR));
    }
    if (common.frozen()) {
      digest.fingerprintPassages(common, minimumOwnShingles);
      return;
    }
    boolean full = common.count(digest.distinctShingles == null ? new long[0] : digest.distinctShingles);
    digest.distinctShingles = null;
    learning.add(digest);
    if (full) {
      freeze();
    }
  }

  /**
   * Digests and adds a report, for callers with one thread.
   *
   * @param report the report
   * @param source its name
   * @param role checked or history
   */
  public void add(Report report, String source, Role role) {
    add(digest(report, source, role));
  }

  private void freeze() {
    common.freeze();
    for (ReportDigest digest : learning) {
      digest.fingerprintPassages(common, minimumOwnShingles);
    }
    learning.clear();
    frozen = true;
  }

  /**
   * Runs the checks on everything added.
   *
   * @return the findings
   */
  public synchronized CorpusResult finish() {
    if (finished) {
      throw new IllegalStateException("finish() was called already");
    }
    finished = true;
    if (!common.frozen()) {
      freeze();
    }
    CorpusView view = new CorpusView(List.copyOf(reports), roster, common.threshold(), 0.9);
    FindingSink sink = new FindingSink(locale, severities);
    for (SetRule rule : rules()) {
      if (!disabled.contains(rule.descriptor().getId())) {
        rule.check(view, sink);
      }
    }
    Map<String, List<CorpusFinding>> byReport = new HashMap<>();
    sink.byReport().forEach((source, findings) -> {
      List<CorpusFinding> sorted = new ArrayList<>(findings);
      sorted.sort(Comparator.comparingInt((CorpusFinding f) ->
          f.finding().getLocation().map(l -> l.getLine()).orElse(0))
          .thenComparing(f -> f.finding().getRule()));
      byReport.put(source, List.copyOf(sorted));
    });
    int checked = 0;
    for (ReportDigest digest : reports) {
      if (digest.role == Role.CHECKED) {
        checked++;
      }
    }
    return new CorpusResult(byReport, sink.setFindings(), exclusions, checked, reports.size() - checked);
  }

  private List<SetRule> rules() {
    return List.of(new ReportMissingRule(), new DuplicateReportRule(), new ReusedTextRule(reuseThreshold, threads),
        new YearOnYearRule());
  }

  /** Configures a set check. Not thread-safe. */
  public static final class Builder {
    private Locale locale;
    private Roster roster = Roster.empty();
    private final Set<String> disabled = new HashSet<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private double reuseThreshold = 0.9;
    private int minimumOwnShingles = 50;
    private int sampleSize = 500;
    private int commonMinimum = 5;
    private double commonShare = 0.1;
    private int threads = Math.min(Runtime.getRuntime().availableProcessors(), 8);

    private Builder() {}

    /**
     * The most threads {@link CorpusCheck#finish()} uses for the search for reused text (sketching the
     * passages, joining the bands, verifying the candidates); the findings and their order are the same
     * on any number. Default: the available processors, at most 8. Each thread joining a band holds 8
     * bytes per passage of the set.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + value);
      }
      this.threads = value;
      return this;
    }

    /**
     * The language of the messages: Chinese for {@code zh}, English otherwise. The default, when this
     * is not called, is {@link Language#defaultLocale()}: the JVM's default locale at build time,
     * Chinese if its language is {@code zh}, else English.
     *
     * @param value the locale
     * @return this builder
     */
    public Builder locale(Locale value) {
      this.locale = Objects.requireNonNull(value, "locale");
      return this;
    }

    /**
     * The issuers that must publish; adds {@code corpus.report-missing}.
     *
     * @param value the roster
     * @return this builder
     */
    public Builder roster(Roster value) {
      this.roster = Objects.requireNonNull(value, "roster");
      return this;
    }

    /**
     * Switches rules off, by id or family as {@link RuleCatalog#matches} reads them.
     *
     * @param ruleIds the ids
     * @return this builder
     */
    public Builder disable(String... ruleIds) {
      for (String id : ruleIds) {
        for (String known : RuleCatalog.ids()) {
          if (RuleCatalog.matches(id, known)) {
            disabled.add(known);
          }
        }
      }
      return this;
    }

    /**
     * Overrides a rule's severity.
     *
     * @param ruleId the rule
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * The least similarity at which a passage counts as reused: the Jaccard similarity of the two
     * passages' sets of uncommon 5-character shingles (as 16-bit fingerprints), computed exactly for
     * each candidate pair the search proposes. Default 0.9.
     *
     * @param value between 0 and 1
     * @return this builder
     */
    public Builder reuseThreshold(double value) {
      if (!(value > 0 && value <= 1)) {
        throw new IllegalArgumentException("threshold must lie in (0, 1]: " + value);
      }
      this.reuseThreshold = value;
      return this;
    }

    /**
     * How the common wording is learned: from the first {@code sampleSize} reports added, a shingle
     * being common when at least {@code max(minimum, share × sampled)} of them contain it. Defaults
     * 500, 5 and 0.1.
     *
     * @param sampleSize reports learned from
     * @param minimum fewest reports
     * @param share least share of reports
     * @return this builder
     */
    public Builder commonWording(int sampleSize, int minimum, double share) {
      if (sampleSize < 1 || minimum < 2 || !(share > 0 && share <= 1)) {
        throw new IllegalArgumentException("sampleSize >= 1, minimum >= 2, share in (0, 1]");
      }
      this.sampleSize = sampleSize;
      this.commonMinimum = minimum;
      this.commonShare = share;
      return this;
    }

    /**
     * Builds the set check.
     *
     * @return a new, empty set
     */
    public CorpusCheck build() {
      return new CorpusCheck(this);
    }
  }
}
