package dev.fazhi.validation.corpus;

import dev.fazhi.validation.RuleDescriptor;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code corpus.reused-text}: a passage of 100 characters or more that repeats, nearly word for word, a
 * passage of the same issuer's report of an earlier year (年年一个样) or of another issuer's report
 * (照搬照抄). Wording that many reports share is left out twice over: shingles common in the set do not
 * count towards a passage ({@link CommonWording}), and a passage alike in many reports is common itself
 * ({@link PassageJoin}). Each passage of a checked report gets at most one finding, naming its closest
 * match; the message gives the share of the report's text that is reused. Two files that are one report
 * twice are left to {@code corpus.duplicate-report}.
 *
 * <p>Cost: that of {@link PassageJoin}, plus O(matches).
 */
final class ReusedTextRule implements SetRule {

  private final double threshold;
  private final int threads;

  ReusedTextRule(double threshold, int threads) {
    this.threshold = threshold;
    this.threads = threads;
  }

  @Override
  public RuleDescriptor descriptor() {
    return CorpusRules.REUSED_TEXT;
  }

  private record Match(int report, int passage, double similarity) {}

  @Override
  public void check(CorpusView view, FindingSink sink) {
    List<PassageJoin.Pair> pairs = PassageJoin.join(view.reports, threshold,
        Math.min(view.commonThreshold, 200), threads);
    Map<Integer, TreeMap<Integer, Match>> best = new HashMap<>();
    for (PassageJoin.Pair pair : pairs) {
      consider(view, best, pair.reportA(), pair.passageA(), pair.reportB(), pair.passageB(), pair.similarity());
      consider(view, best, pair.reportB(), pair.passageB(), pair.reportA(), pair.passageA(), pair.similarity());
    }
    best.keySet().stream().sorted().forEach(r -> {
      ReportDigest report = view.reports.get(r);
      TreeMap<Integer, Match> matches = best.get(r);
      long reused = 0;
      for (int p : matches.keySet()) {
        reused += report.passageChars(p);
      }
      String share = Long.toString(Math.round(100.0 * reused / Math.max(1, report.keptChars)));
      for (Map.Entry<Integer, Match> e : matches.entrySet()) {
        int p = e.getKey();
        Match match = e.getValue();
        ReportDigest other = view.reports.get(match.report());
        boolean earlier = view.sameIssuer(r, match.report());
        RelatedPlace related = new RelatedPlace(other.source, other.passageLine(match.passage()),
            other.passageQuote(match.passage()));
        String otherName = other.issuer == null ? "?" : other.issuer;
        String otherYear = other.year == 0 ? "" : other.year + "";
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("other", other.source);
        arguments.put("otherLine", related.line());
        arguments.put(earlier ? "otherYear" : "otherIssuer", earlier ? otherYear : otherName);
        arguments.put("similarity", Math.round(100 * match.similarity()));
        arguments.put("share", share);
        sink.add(descriptor(), report.source, earlier ? "earlier" : "other", report.passageLine(p), 1,
            report.passageQuote(p), related, arguments);
      }
    });
  }

  /** Keeps the pair for the report at {@code r} when it is checked and the other is a source it may copy. */
  private static void consider(CorpusView view, Map<Integer, TreeMap<Integer, Match>> best, int r, int p,
      int other, int otherPassage, double similarity) {
    ReportDigest report = view.reports.get(r);
    ReportDigest that = view.reports.get(other);
    if (report.role != Role.CHECKED || view.duplicates(r, other)) {
      return;
    }
    if (view.sameIssuer(r, other)) {
      // The same issuer: only an earlier year's report is the original.
      if (report.year == 0 || that.year == 0 || that.year >= report.year) {
        return;
      }
    }
    Match candidate = new Match(other, otherPassage, similarity);
    best.computeIfAbsent(r, k -> new TreeMap<>()).merge(p, candidate, (a, b) -> better(view, a, b) ? a : b);
  }

  private static boolean better(CorpusView view, Match a, Match b) {
    if (a.similarity() != b.similarity()) {
      return a.similarity() > b.similarity();
    }
    int yearA = view.reports.get(a.report()).year;
    int yearB = view.reports.get(b.report()).year;
    if (yearA != yearB) {
      return yearA < yearB;
    }
    return a.report() < b.report();
  }
}
