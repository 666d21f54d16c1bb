package dev.fazhi.cli;

import dev.fazhi.validation.corpus.Exclusion;
import dev.fazhi.validation.corpus.SetFinding;
import dev.fazhi.validation.json.CheckError;
import dev.fazhi.validation.json.CheckedReport;
import dev.fazhi.validation.json.FindingsJsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * {@code --format json}: the library's findings JSON ({@code {"reports": [...], "errors": [...]}}, as
 * cli.md specifies; when the corpus checks ran, also {@code setFindings} and {@code leftOut}). Each report is written and flushed as soon as it is checked; only the (small)
 * errors wait for the end.
 */
final class JsonOutput implements CheckOutput {

  private final Writer out;
  private final Locale locale;
  private FindingsJsonWriter json;

  JsonOutput(Writer out, Locale locale) {
    this.out = out;
    this.locale = locale;
  }

  @Override
  public void begin(int inputs) throws IOException {
    json = FindingsJsonWriter.open(out);
  }

  @Override
  public void report(Outcome.Checked checked) throws IOException {
    json.report(new CheckedReport(checked.input().source(), checked.report(), checked.format(), checked.findings(),
        checked.pages()));
  }

  @Override
  public void error(Outcome.Failed failed) {
    json.error(new CheckError(failed.input().source(), failed.message()));
  }

  @Override
  public void corpus(List<SetFinding> setFindings, List<Exclusion> exclusions) {
    json.setFindings(setFindings);
    json.leftOut(exclusions, locale);
  }

  @Override
  public void end(Summary summary) throws IOException {
    json.finish();
  }
}
