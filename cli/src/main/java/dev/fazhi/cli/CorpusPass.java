package dev.fazhi.cli;

import dev.fazhi.validation.Finding;
import dev.fazhi.validation.corpus.CorpusCheck;
import dev.fazhi.validation.corpus.CorpusFinding;
import dev.fazhi.validation.corpus.CorpusResult;
import dev.fazhi.validation.corpus.ReportDigest;
import dev.fazhi.validation.corpus.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The first pass of a check with the corpus checks: reads the history and the checked reports on all
 * cores, digests each ({@link CorpusCheck#digest}) and adds the digests in path order (history first),
 * then runs the checks. Only the digests stay in memory. Either the checked reports are read again by
 * the ordinary pass, which then {@link #merge}s each report's corpus findings into its own, or (when
 * the output can be written ahead, see {@link SpooledTextOutput}) they are validated in this pass too
 * and handed on, in input order, as they are read. A report that is only digested is read without
 * figures ({@link dev.fazhi.validation.corpus.CorpusCheck#historyReader}): the digests are the same.
 */
final class CorpusPass {

  private final CorpusCheck check;
  private final ReportChecker checker;
  private final ReportChecker digestOnly;
  private final int threads;
  private final Messages messages;

  /**
   * A first pass.
   *
   * @param check the corpus checks
   * @param checker reads and validates the reports that this pass hands on
   * @param digestOnly reads, without figures, the reports that this pass only digests
   * @param threads the threads to read on
   * @param messages the messages
   */
  CorpusPass(CorpusCheck check, ReportChecker checker, ReportChecker digestOnly, int threads,
      Messages messages) {
    this.check = check;
    this.checker = checker;
    this.digestOnly = digestOnly;
    this.threads = threads;
    this.messages = messages;
  }

  /**
   * Reads everything and runs the checks.
   *
   * @param history the history inputs
   * @param checked the inputs checked
   * @param historyFailures where history files that cannot be read go, named
   * @return the corpus findings
   * @throws Exception if the batch fails
   */
  CorpusResult run(List<Input> history, List<Input> checked, List<Outcome.Failed> historyFailures)
      throws Exception {
    return run(history, checked, historyFailures, null);
  }

  /**
   * Reads everything, validates the checked reports and hands each on, then runs the checks.
   *
   * @param history the history inputs
   * @param checked the inputs checked
   * @param historyFailures where history files that cannot be read go, named
   * @param checkedOutcomes takes the outcome of every checked input (validated, without its corpus
   *     findings, which are not known yet), in input order, on the calling thread; null to read the
   *     checked reports without validating them and hand nothing on
   * @return the corpus findings
   * @throws Exception if the batch fails or {@code checkedOutcomes} throws
   */
  CorpusResult run(List<Input> history, List<Input> checked, List<Outcome.Failed> historyFailures,
      BatchChecker.Sink checkedOutcomes) throws Exception {
    // The history inputs kept (a file also checked is checked, not history); every other input is
    // checked. Without history (the usual check) no path is made absolute and nothing is hashed.
    Set<Input> historyKept = new HashSet<>();
    List<Input> all = new ArrayList<>(history.size() + checked.size());
    if (!history.isEmpty()) {
      Set<String> checkedSources = new HashSet<>();
      checked.forEach(input -> checkedSources.add(input.path().toAbsolutePath().normalize().toString()));
      for (Input input : history) {
        if (!checkedSources.contains(input.path().toAbsolutePath().normalize().toString())) {
          all.add(input);
          historyKept.add(input);
        }
      }
    }
    all.addAll(checked);
    Function<Input, Role> roles = input -> !historyKept.isEmpty() && historyKept.contains(input)
        ? Role.HISTORY : Role.CHECKED;
    Map<Input, ReportDigest> digests = new ConcurrentHashMap<>();
    new BatchChecker(threads, input -> {
      boolean validate = checkedOutcomes != null && roles.apply(input) == Role.CHECKED;
      Outcome outcome = validate ? checker.check(input) : digestOnly.read(input);
      if (outcome instanceof Outcome.Checked read) {
        digests.put(input, check.digest(read.report(), input.source(), roles.apply(input)));
      }
      return outcome;
    }, e -> messages.format("error.internal-read", String.valueOf(e))).run(all, outcome -> {
      ReportDigest digest = digests.remove(outcome.input());
      if (digest != null) {
        check.add(digest);
      } else if (outcome instanceof Outcome.Failed failed && roles.apply(failed.input()) == Role.HISTORY) {
        historyFailures.add(new Outcome.Failed(failed.input(),
            messages.format("text.history-error", "", failed.message()).strip()));
      }
      if (checkedOutcomes != null && roles.apply(outcome.input()) == Role.CHECKED) {
        checkedOutcomes.accept(outcome);
      }
      // Only the digest is kept: the report is let go here.
    });
    return check.finish();
  }

  /**
   * A checked report with its corpus findings added, all in the order shown: the report as a whole
   * first, then by line and column.
   *
   * @param checked the report and its own findings
   * @param result the corpus findings
   * @return the outcome to write
   */
  static Outcome.Checked merge(Outcome.Checked checked, CorpusResult result) {
    List<CorpusFinding> extra = result.findingsFor(checked.input().source());
    if (extra.isEmpty()) {
      return checked;
    }
    List<Finding> findings = new ArrayList<>(checked.findings());
    extra.forEach(f -> findings.add(f.finding()));
    findings.sort(Comparator.comparing((Finding f) -> f.getLocation().isPresent())
        .thenComparing(f -> f.getLocation().map(l -> l.getLine()).orElse(0))
        .thenComparing(f -> f.getLocation().map(l -> l.getColumn()).orElse(0)));
    return checked.withFindings(findings);
  }
}
