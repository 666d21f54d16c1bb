package dev.fazhi.cli;

import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.corpus.CorpusCheck;
import dev.fazhi.validation.corpus.CorpusResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fazhi check}: reads report files (text or JSON, or every such file below a directory),
 * validates them on all cores and prints what was found, in path order.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
    sortOptions = false, usageHelpAutoWidth = true)
final class CheckCommand implements Callable<Integer> {

  private final CliContext context;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "paths")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "text|json|sarif|html|xlsx", descriptionKey = "format")
  private OutputFormat format = OutputFormat.TEXT;

  @Option(names = "--output", paramLabel = "PATH", descriptionKey = "output")
  private Path outputPath;

  @Option(names = "--force", descriptionKey = "force")
  private boolean force;
  @Option(names = "--roster", paramLabel = "FILE", descriptionKey = "roster")
  private Path roster;

  @Option(names = "--history", paramLabel = "PATH", descriptionKey = "history")
  private List<Path> history = new ArrayList<>();

  @Option(names = "--locale", paramLabel = "zh-CN|en", descriptionKey = "locale")
  private Locale locale;

  @Option(names = "--fail-on", paramLabel = "error|warning|info|never", descriptionKey = "fail-on")
  private FailOn failOn = FailOn.ERROR;

  @Option(names = "--deadline", paramLabel = "MM-DD", descriptionKey = "deadline")
  private MonthDay deadline;

  @Option(names = "--disable", paramLabel = "RULE", descriptionKey = "disable")
  private List<String> disabled = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "RULE=LEVEL", descriptionKey = "severity")
  private List<SeverityOverride> severities = new ArrayList<>();

  CheckCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Messages messages = context.messages(locale);
    checkRuleIds(messages);
    List<Input> inputs = new InputCollector(messages).collect(paths);
    Lazy<ReportValidator> validator = new Lazy<>(this::buildValidator);
    ReportChecker checker = new ReportChecker(messages, validator);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CheckOutput output = output(out, messages, inputs.size());
    Summary summary = new Summary(failOn);
    Progress progress = new Progress(err, context.terminal().interactive(), inputs.size());
    CorpusOptions corpusOptions = new CorpusOptions(spec.commandLine(), messages, roster, history);
    List<Outcome.Failed> historyFailures = new ArrayList<>();
    Function<Throwable, String> internalError =
        e -> messages.format("error.internal-read", String.valueOf(e));
    CorpusResult corpus = null;
    boolean corpusChecks = inputs.size() > 1 || corpusOptions.given();
    if (corpusChecks && format == OutputFormat.TEXT) {
      // Every report read once: its block is written ahead and the corpus findings merged in after.
      try (SpooledTextOutput spooled = new SpooledTextOutput(messages, context.terminal().colour())) {
        corpus = corpusPass(corpusOptions, checker, validator, messages).run(corpusOptions.historyInputs(), inputs,
            historyFailures, outcome -> {
              spooled.accept(outcome);
              progress.advance(outcome.input().source());
            });
        progress.clear();
        output.begin(inputs.size());
        for (Outcome.Failed failed : historyFailures) {
          summary.add(failed);
          output.error(failed);
        }
        spooled.replay(output, out, context.outBytes(), corpus, checker, context.threads(), summary,
            internalError);
      }
      return finish(output, out, summary, corpus);
    }
    if (corpusChecks) {
      corpus = corpusPass(corpusOptions, checker, validator, messages).run(corpusOptions.historyInputs(), inputs,
          historyFailures);
    }
    CorpusResult corpusFindings = corpus;
    output.begin(inputs.size());
    for (Outcome.Failed failed : historyFailures) {
      summary.add(failed);
      output.error(failed);
    }
    new BatchChecker(context.threads(), checker::check, internalError)
        .run(inputs, read -> {
          Outcome outcome = corpusFindings != null && read instanceof Outcome.Checked checked
              ? CorpusPass.merge(checked, corpusFindings) : read;
          summary.add(outcome);
          progress.clear();
          if (outcome instanceof Outcome.Checked checked) {
            output.report(checked);
          } else {
            Outcome.Failed failed = (Outcome.Failed) outcome;
            output.error(failed);
            if (format != OutputFormat.TEXT) {
              err.println(messages.format("text.error", failed.input().source(), failed.message()));
              err.flush();
            }
          }
          progress.advance(outcome.input().source());
        });
    progress.clear();
    return finish(output, out, summary, corpus);
  }

  private CorpusPass corpusPass(CorpusOptions corpusOptions, ReportChecker checker,
      Supplier<ReportValidator> validator, Messages messages)
      throws Exception {
    CorpusCheck.Builder corpusCheck = corpusOptions.builder().disable(disabled.toArray(new String[0]));
    severities.forEach(override -> corpusCheck.severity(override.rule(), override.severity()));
    // what the pass only digests (history, and checked reports read again later) is read without figures
    return new CorpusPass(corpusCheck.build(), checker, new ReportChecker(messages, validator, false),
        context.threads(), messages);
  }

  /** The set's findings, the exclusions and the summary, after the last report. */
  private static int finish(CheckOutput output, PrintWriter out, Summary summary, CorpusResult corpus)
      throws IOException {
    if (corpus != null) {
      corpus.setFindings().forEach(f -> summary.addSetFinding(f.finding()));
      output.corpus(corpus.setFindings(), corpus.exclusions());
    }
    output.end(summary);
    out.flush();
    return summary.exitStatus();
  }

  private CheckOutput output(PrintWriter out, Messages messages, int inputs) throws IOException {
    ResultOutputs results = new ResultOutputs(spec.commandLine(), messages,
        deadline != null ? deadline : ReportValidator.DEFAULT_DEADLINE);
    if (format == OutputFormat.HTML || format == OutputFormat.XLSX) {
      return results.create(format, outputPath, force, inputs, out);
    }
    results.checkNotGiven(format, outputPath);
    switch (format) {
      case JSON:
        return new JsonOutput(out, messages.locale());
      case SARIF:
        return new SarifOutput(out, messages);
      default:
        return new TextOutput(out, messages, context.terminal().colour());
    }
  }

  /** Unknown rule ids are a command-line mistake (status 2), found before any file is read. */
  private void checkRuleIds(Messages messages) {
    List<String> known = RuleCatalog.ids();
    for (String id : disabled) {
      if (!known.contains(id)) {
        throw new ParameterException(spec.commandLine(), messages.format("option.unknown-rule", id, "--disable"));
      }
    }
    for (SeverityOverride override : severities) {
      if (!known.contains(override.rule())) {
        throw new ParameterException(spec.commandLine(),
            messages.format("option.unknown-rule", override.rule(), "--severity"));
      }
    }
  }

  /** Built once, on first use, by the first worker that has a report to validate. */
  private ReportValidator buildValidator() {
    ReportValidator.Builder builder = ReportValidator.builder()
        .locale(context.messages(locale).locale())
        .disable(disabled.toArray(new String[0]));
    if (deadline != null) {
      builder.deadline(deadline);
    }
    // A rule named twice gets the last level given, as with any repeated option.
    severities.forEach(override -> builder.severity(override.rule(), override.severity()));
    return builder.build();
  }
}
