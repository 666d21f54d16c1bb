package dev.fazhi.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --format json}: {@code {"reports": [...], "errors": [...]}} as cli.md specifies. Each report
 * is written and flushed as soon as it is checked; only the (small) errors wait for the end.
 */
final class JsonOutput implements CheckOutput {

  private final JsonGenerator json;
  private final List<Outcome.Failed> errors = new ArrayList<>();

  JsonOutput(Writer out) throws IOException {
    this.json = new JsonFactory().createGenerator(out)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .setPrettyPrinter(JsonStyle.prettyPrinter());
  }

  @Override
  public void begin(int inputs) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("reports");
  }

  @Override
  public void report(Outcome.Checked checked) throws IOException {
    ReportJsonWriter.write(json, checked);
    json.flush();
  }

  @Override
  public void error(Outcome.Failed failed) {
    errors.add(failed);
  }

  @Override
  public void end(Summary summary) throws IOException {
    json.writeEndArray();
    json.writeArrayFieldStart("errors");
    for (Outcome.Failed failed : errors) {
      json.writeStartObject();
      json.writeStringField("source", failed.input().source());
      json.writeStringField("message", failed.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw("\n");
    json.flush();
  }
}
