package dev.fazhi.validation.corpus;

import java.util.List;
import java.util.Map;

/**
 * The findings of the checks across a set: per checked report, for the set as a whole, and the reports
 * left out of checks for lack of an issuer or a year. Immutable and thread-safe.
 */
public final class CorpusResult {

  private final Map<String, List<CorpusFinding>> byReport;
  private final List<SetFinding> setFindings;
  private final List<Exclusion> exclusions;
  private final int checked;
  private final int history;

  CorpusResult(Map<String, List<CorpusFinding>> byReport, List<SetFinding> setFindings,
      List<Exclusion> exclusions, int checked, int history) {
    this.byReport = Map.copyOf(byReport);
    this.setFindings = List.copyOf(setFindings);
    this.exclusions = List.copyOf(exclusions);
    this.checked = checked;
    this.history = history;
  }

  /**
   * The findings in one checked report, by line.
   *
   * @param source the report's source as given
   * @return the findings, empty when none
   */
  public List<CorpusFinding> findingsFor(String source) {
    return byReport.getOrDefault(source, List.of());
  }

  /**
   * Every report with findings, and its findings.
   *
   * @return an unmodifiable map
   */
  public Map<String, List<CorpusFinding>> byReport() {
    return byReport;
  }

  /**
   * The findings that belong to no report: roster issuers without a report.
   *
   * @return the findings, in roster order then by year
   */
  public List<SetFinding> setFindings() {
    return setFindings;
  }

  /**
   * The reports left out of the checks that need an issuer or a year.
   *
   * @return in the order added
   */
  public List<Exclusion> exclusions() {
    return exclusions;
  }

  /**
   * How many checked reports were in the set.
   *
   * @return the count
   */
  public int checkedCount() {
    return checked;
  }

  /**
   * How many history reports were in the set.
   *
   * @return the count
   */
  public int historyCount() {
    return history;
  }
}
