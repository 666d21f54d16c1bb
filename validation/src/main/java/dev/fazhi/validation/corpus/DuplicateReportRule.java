package dev.fazhi.validation.corpus;

import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.internal.CatalogEntry;

/**
 * {@code corpus.duplicate-report}: two files hold the same report — the same text, or the same issuer
 * and year with nearly the same text (MinHash similarity of the whole texts at least 0.9). Each checked
 * file of the pair gets the finding, naming the other. Cost: the pairs within one issuer's year, which
 * are few.
 */
final class DuplicateReportRule implements SetRule {

  @Override
  public RuleDescriptor descriptor() {
    return CatalogEntry.DUPLICATE_REPORT;
  }

  @Override
  public void check(CorpusView view, FindingSink sink) {
    view.duplicatePairs().stream().sorted().forEach(pair -> {
      int a = (int) (pair >>> 32);
      int b = (int) (long) pair;
      report(view, sink, a, b);
      report(view, sink, b, a);
    });
  }

  private void report(CorpusView view, FindingSink sink, int at, int other) {
    ReportDigest report = view.reports.get(at);
    if (report.role != Role.CHECKED) {
      return;
    }
    ReportDigest that = view.reports.get(other);
    int similarity = report.sketch == null || that.sketch == null ? 100
        : report.textHash == that.textHash ? 100
        : (int) Math.round(100 * MinHash.similarity(report.sketch, that.sketch));
    sink.add(descriptor(), report.source, "corpus.duplicate-report", 0, 0, null,
        new RelatedPlace(that.source, 1, that.title), that.source,
        that.issuer == null ? "?" : that.issuer, that.year == 0 ? "?" : Integer.toString(that.year),
        Integer.toString(similarity));
  }
}
