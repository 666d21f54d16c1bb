package dev.fazhi.validation.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the set rules see: every report's digest in the order added, each report's issuer resolved to
 * one key (the roster entry it stands for, else its organ), the reports by issuer and year, and the
 * groups of files that hold one report. Built once by {@link CorpusCheck#finish()}; read-only
 * afterwards.
 */
final class CorpusView {

  final List<ReportDigest> reports;
  final Roster roster;
  final int commonThreshold;
  private final String[] keys;
  private final Map<String, List<Integer>> byIssuerYear = new HashMap<>();
  /** For each report, the first report of its group of duplicates (itself when it has none). */
  private final int[] original;
  private final double duplicateSimilarity;

  CorpusView(List<ReportDigest> reports, Roster roster, int commonThreshold, double duplicateSimilarity) {
    this.reports = reports;
    this.roster = roster;
    this.commonThreshold = commonThreshold;
    this.duplicateSimilarity = duplicateSimilarity;
    this.keys = new String[reports.size()];
    this.original = new int[reports.size()];
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
   * @return true for two files of one report
   */
  boolean duplicates(int a, int b) {
    return a != b && original[a] == original[b];
  }

  /**
   * The first report of a report's group of duplicates.
   *
   * @param report the report's index
   * @return the first of its group, itself when it has no duplicate
   */
  int original(int report) {
    return original[report];
  }


  /**
   * Groups the duplicates: the same text anywhere, or nearly the same text with the same issuer and
   * year. Each report is compared with the first report of each group of its issuer's year, not with
   * every other report, so that a thousand copies of one report cost a thousand comparisons.
   */
  private void findDuplicates() {
    for (int i = 0; i < original.length; i++) {
      original[i] = i;
    }
    Map<Long, Integer> byText = new HashMap<>();
    for (int i = 0; i < reports.size(); i++) {
      if (reports.get(i).keptChars == 0) {
        continue;
      }
      Integer earlier = byText.putIfAbsent(reports.get(i).textHash, i);
      if (earlier != null) {
        original[i] = original[earlier];
      }
    }
    for (List<Integer> group : byIssuerYear.values()) {
      List<Integer> firsts = new ArrayList<>();
      for (int i : group) {
        if (original[i] != i) {
          continue;
        }
        ReportDigest report = reports.get(i);
        for (int first : firsts) {
          ReportDigest that = reports.get(first);
          if (report.sketch != null && that.sketch != null
              && MinHash.similarity(report.sketch, that.sketch) >= duplicateSimilarity) {
            original[i] = first;
            break;
          }
        }
        if (original[i] == i) {
          firsts.add(i);
        }
      }
    }
    // A report made the duplicate of a report that is itself a duplicate points at the first.
    for (int i = 0; i < original.length; i++) {
      original[i] = original[original[i]];
    }
  }
}
