package dev.fazhi.cli;

import dev.fazhi.validation.Finding;
import dev.fazhi.validation.Severity;
import java.util.EnumMap;
import java.util.Map;

/** The counts of a {@code fazhi check} run, and the exit status they make. */
final class Summary {

  private final FailOn failOn;
  private int reports;
  private int errors;
  private int failingReports;
  private int failingSet;
  private final Map<Severity, Integer> findings = new EnumMap<>(Severity.class);

  Summary(FailOn failOn) {
    this.failOn = failOn;
    for (Severity severity : Severity.values()) {
      findings.put(severity, 0);
    }
  }

  void add(Outcome outcome) {
    if (outcome instanceof Outcome.Checked checked) {
      add(Tally.of(checked));
    } else {
      errors++;
    }
  }

  /**
   * Counts a checked report by its tally, taken when it was checked.
   *
   * @param tally its findings by severity
   */
  void add(Tally tally) {
    reports++;
    boolean fails = false;
    for (Severity severity : Severity.values()) {
      int count = tally.count(severity);
      if (count > 0) {
        findings.merge(severity, count, Integer::sum);
        fails |= failOn.fails(severity);
      }
    }
    if (fails) {
      failingReports++;
    }
  }

  /**
   * A checked report's findings by severity: what the summary needs of it, without the findings.
   *
   * @param counts the number of findings of each severity, by {@link Severity#ordinal()}
   */
  record Tally(int[] counts) {

    /**
     * The tally of a checked report.
     *
     * @param checked the report and its findings
     * @return the tally
     */
    static Tally of(Outcome.Checked checked) {
      int[] counts = new int[Severity.values().length];
      for (Finding finding : checked.findings()) {
        counts[finding.getSeverity().ordinal()]++;
      }
      return new Tally(counts);
    }

    int count(Severity severity) {
      return counts[severity.ordinal()];
    }
  }

  /**
   * Counts a finding that belongs to no report (a roster issuer with no report).
   *
   * @param finding the finding
   */
  void addSetFinding(Finding finding) {
    findings.merge(finding.getSeverity(), 1, Integer::sum);
    if (failOn.fails(finding.getSeverity())) {
      failingSet++;
    }
  }

  /** Reports read and validated. */
  int reports() {
    return reports;
  }

  /** Inputs that could not be checked. */
  int errors() {
    return errors;
  }

  /** Reports with a finding that reaches {@code --fail-on}. */
  int failingReports() {
    return failingReports;
  }

  int findings(Severity severity) {
    return findings.get(severity);
  }

  FailOn failOn() {
    return failOn;
  }

  /**
   * The exit status: 2 when an input could not be checked, else 1 when a finding reaches
   * {@code --fail-on}, else 0.
   *
   * @return 0, 1 or 2
   */
  int exitStatus() {
    if (errors > 0) {
      return ExitStatus.USAGE_OR_INPUT;
    }
    return failingReports > 0 || failingSet > 0 ? ExitStatus.FINDINGS : ExitStatus.OK;
  }
}
