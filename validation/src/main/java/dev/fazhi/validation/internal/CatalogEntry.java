package dev.fazhi.validation.internal;

import static dev.fazhi.validation.RuleSource.ARITH;
import static dev.fazhi.validation.RuleSource.EDIT;
import static dev.fazhi.validation.RuleSource.GB;
import static dev.fazhi.validation.RuleSource.REG;
import static dev.fazhi.validation.Severity.ERROR;
import static dev.fazhi.validation.Severity.INFO;
import static dev.fazhi.validation.Severity.WARNING;

import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The built-in rules: id, default severity and source, as in the catalog (rules.md). Descriptions come
 * from the {@code dev.fazhi.validation.RuleDescriptions} bundles.
 */
public enum CatalogEntry implements RuleDescriptor {
  /** outline.part-missing. */
  PART_MISSING("outline.part-missing", ERROR, REG),
  /** outline.part-embedded. */
  PART_EMBEDDED("outline.part-embedded", WARNING, REG),
  /** outline.part-order. */
  PART_ORDER("outline.part-order", INFO, REG),
  /** outline.part-empty. */
  PART_EMPTY("outline.part-empty", ERROR, REG),
  /** outline.causes-missing. */
  CAUSES_MISSING("outline.causes-missing", WARNING, REG),
  /** outline.no-figures. */
  NO_FIGURES("outline.no-figures", WARNING, REG),
  /** outline.numbering-duplicate. */
  NUMBERING_DUPLICATE("outline.numbering-duplicate", ERROR, GB),
  /** outline.numbering-gap. */
  NUMBERING_GAP("outline.numbering-gap", WARNING, GB),
  /** outline.numbering-missing. */
  NUMBERING_MISSING("outline.numbering-missing", WARNING, GB),
  /** outline.numbering-style. */
  NUMBERING_STYLE("outline.numbering-style", INFO, GB),
  /** meta.issuer-missing. */
  ISSUER_MISSING("meta.issuer-missing", ERROR, REG),
  /** meta.year-missing. */
  YEAR_MISSING("meta.year-missing", ERROR, REG),
  /** meta.year-mismatch. */
  YEAR_MISMATCH("meta.year-mismatch", ERROR, ARITH),
  /** meta.date-missing. */
  DATE_MISSING("meta.date-missing", WARNING, REG),
  /** meta.date-before-period-end. */
  DATE_BEFORE_PERIOD_END("meta.date-before-period-end", ERROR, ARITH),
  /** meta.publication-late. */
  PUBLICATION_LATE("meta.publication-late", WARNING, REG),
  /** meta.published-before-signed. */
  PUBLISHED_BEFORE_SIGNED("meta.published-before-signed", ERROR, ARITH),
  /** meta.title-nonstandard. */
  TITLE_NONSTANDARD("meta.title-nonstandard", INFO, REG),
  /** metric.completed-exceeds-assigned. */
  COMPLETED_EXCEEDS_ASSIGNED("metric.completed-exceeds-assigned", ERROR, ARITH),
  /** metric.rate-mismatch. */
  RATE_MISMATCH("metric.rate-mismatch", ERROR, ARITH),
  /** metric.rate-out-of-range. */
  RATE_OUT_OF_RANGE("metric.rate-out-of-range", ERROR, ARITH),
  /** metric.breakdown-sum. */
  BREAKDOWN_SUM("metric.breakdown-sum", ERROR, ARITH),
  /** metric.subset-exceeds-total. */
  SUBSET_EXCEEDS_TOTAL("metric.subset-exceeds-total", ERROR, ARITH),
  /** metric.negative-value. */
  NEGATIVE_VALUE("metric.negative-value", ERROR, ARITH),
  /** metric.conflicting-values. */
  CONFLICTING_VALUES("metric.conflicting-values", WARNING, ARITH),
  /** text.doubled-punctuation. */
  DOUBLED_PUNCTUATION("text.doubled-punctuation", INFO, EDIT),
  /** text.letter-in-number. */
  LETTER_IN_NUMBER("text.letter-in-number", WARNING, EDIT),
  /** text.repeated-phrase. */
  REPEATED_PHRASE("text.repeated-phrase", INFO, EDIT),
  /** text.editor-residue. */
  EDITOR_RESIDUE("text.editor-residue", INFO, EDIT),
  /** corpus.report-missing. */
  REPORT_MISSING("corpus.report-missing", WARNING, REG),
  /** corpus.duplicate-report. */
  DUPLICATE_REPORT("corpus.duplicate-report", WARNING, EDIT),
  /** corpus.reused-text. */
  REUSED_TEXT("corpus.reused-text", WARNING, REG),
  /** corpus.year-on-year-mismatch. */
  YEAR_ON_YEAR_MISMATCH("corpus.year-on-year-mismatch", WARNING, ARITH);

  private static final String BUNDLE = "dev.fazhi.validation.RuleDescriptions";

  private final String id;
  private final Severity defaultSeverity;
  private final RuleSource source;

  CatalogEntry(String id, Severity defaultSeverity, RuleSource source) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.source = source;
  }

  @Override
  public String getId() {
    return id;
  }

  @Override
  public Severity getDefaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public RuleSource getSource() {
    return source;
  }

  @Override
  public String description(Locale locale) {
    return descriptions(locale).getString(id);
  }

  /**
   * The description bundle for a locale: Chinese for {@code zh}, English otherwise, never the JVM's
   * default locale.
   *
   * @param locale the locale
   * @return the bundle
   */
  static ResourceBundle descriptions(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
