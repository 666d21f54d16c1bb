package dev.fazhi.validation.corpus;

import dev.fazhi.validation.RuleDescriptor;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code corpus.report-missing}: an issuer on the roster with no report among those checked for a
 * year that was checked (a year some checked report is for). History does not count: it is not
 * checked. The finding stands in the set, not in a report. Cost: O(reports + roster × years).
 */
final class ReportMissingRule implements SetRule {

  @Override
  public RuleDescriptor descriptor() {
    return CorpusRules.REPORT_MISSING;
  }

  @Override
  public void check(CorpusView view, FindingSink sink) {
    if (view.roster.isEmpty()) {
      return;
    }
    Set<Integer> years = new TreeSet<>();
    Set<String> present = new HashSet<>();
    for (ReportDigest report : view.reports) {
      if (report.role != Role.CHECKED || report.year == 0) {
        continue;
      }
      years.add(report.year);
      if (report.organ != null) {
        Optional<RosterEntry> entry = view.roster.find(report.organ);
        entry.ifPresent(e -> present.add(e.line() + "@" + report.year));
      }
    }
    for (RosterEntry entry : view.roster.entries()) {
      for (int year : years) {
        if (!present.contains(entry.line() + "@" + year)) {
          sink.addToSet(descriptor(), entry.issuer(), year,
              Map.of("issuer", entry.issuer(), "year", Integer.toString(year)));
        }
      }
    }
  }
}
