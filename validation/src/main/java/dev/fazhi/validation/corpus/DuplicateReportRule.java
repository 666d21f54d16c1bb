package dev.fazhi.validation.corpus;

import dev.fazhi.validation.RuleDescriptor;
import java.util.Map;

/**
 * {@code corpus.duplicate-report}: two files hold the same report — the same text, or the same issuer
 * and year with nearly the same text (MinHash similarity of the whole texts at least 0.9). Each checked
 * copy names the first file of its group; the first file names its first copy. Cost: O(reports ×
 * distinct reports of one issuer's year).
 */
final class DuplicateReportRule implements SetRule {

  @Override
  public RuleDescriptor descriptor() {
    return CorpusRules.DUPLICATE_REPORT;
  }

  @Override
  public void check(CorpusView view, FindingSink sink) {
    int n = view.reports.size();
    int[] firstCopy = new int[n];
    java.util.Arrays.fill(firstCopy, -1);
    for (int i = 0; i < n; i++) {
      int original = view.original(i);
      if (original != i) {
        report(view, sink, i, original);
        if (firstCopy[original] < 0) {
          firstCopy[original] = i;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (firstCopy[i] >= 0) {
        report(view, sink, i, firstCopy[i]);
      }
    }
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
    sink.add(descriptor(), report.source, null, 0, 0, null, new RelatedPlace(that.source, 1, that.title),
        Map.of("other", that.source, "otherIssuer", that.issuer == null ? "?" : that.issuer,
            "otherYear", that.year == 0 ? "?" : Integer.toString(that.year), "similarity", similarity));
  }
}
