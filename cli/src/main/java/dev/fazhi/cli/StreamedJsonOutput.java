package dev.fazhi.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.fazhi.validation.json.JsonLayout;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame of the SARIF output: one JSON document in the command's layout, whose
 * {@link #begin} opens an array that each checked report is streamed into (and flushed, so that
 * nothing waits for the batch), while the inputs that could not be checked wait for {@link #end},
 * which closes that array and lets the format write them.
 */
abstract class StreamedJsonOutput implements CheckOutput {

  /** The document being written; the stream beneath it stays open. */
  final JsonGenerator json;

  private final List<Outcome.Failed> errors = new ArrayList<>();

  StreamedJsonOutput(Writer out) throws IOException {
    this.json = new JsonFactory().createGenerator(out)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .setPrettyPrinter(JsonLayout.prettyPrinter());
  }

  @Override
  public final void report(Outcome.Checked checked) throws IOException {
    writeReport(checked);
    json.flush();
  }

  @Override
  public final void error(Outcome.Failed failed) {
    errors.add(failed);
  }

  @Override
  public final void end(Summary summary) throws IOException {
    json.writeEndArray();
    writeEnd(errors);
    json.writeRaw("\n");
    json.flush();
  }

  /**
   * Writes one checked report into the array {@link #begin} opened.
   *
   * @param checked the report and its findings
   * @throws IOException if writing fails
   */
  abstract void writeReport(Outcome.Checked checked) throws IOException;

  /**
   * Writes the rest of the document after the streamed array, closing everything still open.
   *
   * @param errors the inputs that could not be checked, in path order
   * @throws IOException if writing fails
   */
  abstract void writeEnd(List<Outcome.Failed> errors) throws IOException;
}
