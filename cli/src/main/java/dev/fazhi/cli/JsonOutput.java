package dev.fazhi.cli;

import dev.fazhi.validation.corpus.Exclusion;
import dev.fazhi.validation.corpus.SetFinding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code --format json}: {@code {"reports": [...], "errors": [...]}} as cli.md specifies. Each report
 * is written and flushed as soon as it is checked; only the (small) errors wait for the end.
 */
final class JsonOutput extends StreamedJsonOutput {

  private List<SetFinding> setFindings;

  JsonOutput(Writer out) throws IOException {
    super(out);
  }

  @Override
  public void begin(int inputs) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("reports");
  }

  @Override
  void writeReport(Outcome.Checked checked) throws IOException {
    ReportJsonWriter.write(json, checked);
  }

  @Override
  public void corpus(List<SetFinding> findings, List<Exclusion> exclusions) {
    setFindings = List.copyOf(findings);
  }

  @Override
  void writeEnd(List<Outcome.Failed> errors) throws IOException {
    // Only when the corpus checks ran: a check of one report keeps the document it always had.
    if (setFindings != null) {
      json.writeArrayFieldStart("setFindings");
      for (SetFinding finding : setFindings) {
        ReportJsonWriter.writeSetFinding(json, finding);
      }
      json.writeEndArray();
    }
    json.writeArrayFieldStart("errors");
    for (Outcome.Failed failed : errors) {
      json.writeStartObject();
      json.writeStringField("source", failed.input().source());
      json.writeStringField("message", failed.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
