package dev.fazhi.validation.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the set rules see: every report's digest in the order added, each report's issuer resolved to
 * one key (the roster entry it stands for, else its organ), the reports by issuer and year, and the
 * pairs of reports that are one report twice. Built once by {@link CorpusCheck#finish()}; read-only
 * afterwards.
 */
final class CorpusView {

  final List<ReportDigest> reports;
  final Roster roster;
  final int commonThreshold;
  private final String[] keys;
  private final Map<String, List<Integer>> byIssuerYear = new HashMap<>();
  private final Set<Long> duplicates = new HashSet<>();
  private final double duplicateSimilarity;

  CorpusView(List<ReportDigest> reports, Roster roster, int commonThreshold, double duplicateSimilarity) {
    this.reports = reports;
    this.roster = roster;
    this.commonThreshold = commonThreshold;
    this.duplicateSimilarity = duplicateSimilarity;
    this.keys = new String[reports.size()];
    for (int i = 0; i < reports.size(); i++) {
      ReportDigest report = reports.get(i);
      if (report.organ == null) {
        continue;
      }
      Optional<RosterEntry> entry = roster.find(report.organ);
      keys[i] = entry.map(e -> "roster:" + e.line()).orElse(report.organ.key());
      if (report.year > 0) {
        byIssuerYear.computeIfAbsent(keys[i] + "@" + report.year, k -> new ArrayList<>()).add(i);
      }
    }
    findDuplicates();
  }

  /**
   * The key of a report's issuer: equal for two reports of one issuer.
   *
   * @param report the report's index
   * @return the key, or null when the issuer is unknown
   */
  String issuerKey(int report) {
    return keys[report];
  }

  /**
   * Whether two reports are known to be of the same issuer.
   *
   * @param a one report's index
   * @param b another's
   * @return true when both issuers are known and the same
   */
  boolean sameIssuer(int a, int b) {
    return keys[a] != null && keys[a].equals(keys[b]);
  }

  /**
   * The reports of an issuer for a year.
   *
   * @param key the issuer's key
   * @param year the year
   * @return their indexes, in the order added
   */
  List<Integer> reportsOf(String key, int year) {
    return byIssuerYear.getOrDefault(key + "@" + year, List.of());
  }

  /**
   * Whether two reports are the same report twice.
   *
   * @param a one report's index
   * @param b another's
   * @return true for a duplicate pair
   */
  boolean duplicates(int a, int b) {
    return duplicates.contains(pair(a, b));
  }

  /**
   * The duplicate pairs, each as {@code (smaller index << 32) | larger index}.
   *
   * @return the pairs
   */
  Set<Long> duplicatePairs() {
    return duplicates;
  }

  static long pair(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  /** Same text anywhere, or nearly the same text with the same issuer and year. */
  private void findDuplicates() {
    Map<Long, Integer> byText = new HashMap<>();
    for (int i = 0; i < reports.size(); i++) {
      Integer earlier = byText.putIfAbsent(reports.get(i).textHash, i);
      if (earlier != null && reports.get(i).keptChars > 0) {
        duplicates.add(pair(earlier, i));
      }
    }
    for (List<Integer> group : byIssuerYear.values()) {
      for (int x = 0; x < group.size(); x++) {
        for (int y = x + 1; y < group.size(); y++) {
          ReportDigest a = reports.get(group.get(x));
          ReportDigest b = reports.get(group.get(y));
          if (a.sketch != null && b.sketch != null
              && MinHash.similarity(a.sketch, b.sketch) >= duplicateSimilarity) {
            duplicates.add(pair(group.get(x), group.get(y)));
          }
        }
      }
    }
  }
}
