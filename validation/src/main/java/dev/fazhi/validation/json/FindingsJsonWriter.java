package dev.fazhi.validation.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.fazhi.validation.corpus.Exclusion;
import dev.fazhi.validation.corpus.SetFinding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes one findings JSON document ({@link FindingsJson}) a report at a time: each
 * {@link #report report} is written and flushed at once, so that a long batch shows progress; the
 * (small) {@link #error errors} wait for {@link #finish}, which writes them and closes the document.
 *
 * <p>One writer writes one document from one thread; it is not thread-safe. The character stream
 * beneath it is never closed.
 */
public final class FindingsJsonWriter {

  private final JsonGenerator json;
  private final List<CheckError> errors = new ArrayList<>();
  private List<SetFinding> setFindings;
  private List<Exclusion> leftOut;
  private Locale leftOutLocale;
  private boolean finished;

  private FindingsJsonWriter(JsonGenerator json) {
    this.json = json;
  }

  /**
   * Starts a document on a character stream: writes its opening up to the {@code reports} array.
   *
   * @param out where to write; not closed
   * @return the writer of that document
   * @throws IOException if writing fails
   */
  public static FindingsJsonWriter open(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    JsonGenerator json = new JsonFactory().createGenerator(out)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .setPrettyPrinter(JsonLayout.prettyPrinter());
    json.writeStartObject();
    json.writeArrayFieldStart("reports");
    return new FindingsJsonWriter(json);
  }

  /**
   * Writes one checked report into {@code reports} and flushes it.
   *
   * @param checked the report, its source and its findings
   * @throws IOException if writing fails
   * @throws IllegalStateException if the document is finished
   */
  public void report(CheckedReport checked) throws IOException {
    Objects.requireNonNull(checked, "checked");
    requireOpen();
    ReportObject.write(json, checked);
    json.flush();
  }

  /**
   * Keeps an input that could not be checked for {@code errors}, written by {@link #finish}.
   *
   * @param error the input and why
   * @throws IllegalStateException if the document is finished
   */
  public void error(CheckError error) {
    Objects.requireNonNull(error, "error");
    requireOpen();
    errors.add(error);
  }

  /**
   * Keeps the findings that belong to no report checked (the corpus checks' {@code setFindings}, such
   * as an issuer of the roster with no report), written by {@link #finish} before {@code errors}. A
   * document whose corpus checks did not run has no {@code setFindings} field at all, so that a check
   * of one report keeps the document it always had.
   *
   * @param findings the set findings, in the order to write them
   * @throws IllegalStateException if the document is finished
   */
  public void setFindings(List<SetFinding> findings) {
    requireOpen();
    setFindings = List.copyOf(findings);
  }

  /**
   * Keeps the reports the corpus checks left out of the checks that need an issuer or a year (the
   * corpus checks' {@link dev.fazhi.validation.corpus.CorpusResult#exclusions() exclusions}), written by
   * {@link #finish} after {@code setFindings} as {@code leftOut}: one entry per report and reason,
   * {@code {"source", "reason", "message"}}, {@code reason} being {@code UNKNOWN_ISSUER} or
   * {@code UNKNOWN_YEAR} and {@code message} the reason for people. Like {@code setFindings}, a
   * document whose corpus checks did not run has no {@code leftOut} field; one whose checks ran and
   * left nothing out has an empty one.
   *
   * @param exclusions the reports left out, in the order to write them
   * @param messages the language of {@code message}: Chinese for {@code zh}, English otherwise
   * @throws IllegalStateException if the document is finished
   */
  public void leftOut(List<Exclusion> exclusions, Locale messages) {
    requireOpen();
    leftOut = List.copyOf(exclusions);
    leftOutLocale = Objects.requireNonNull(messages, "messages");
  }

  /**
   * Closes {@code reports}, writes {@code setFindings} and {@code leftOut} when given, {@code errors} in the order they were given, closes the document
   * with a line end and flushes. The writer takes nothing more.
   *
   * @throws IOException if writing fails
   * @throws IllegalStateException if the document is already finished
   */
  public void finish() throws IOException {
    requireOpen();
    finished = true;
    json.writeEndArray();
    if (setFindings != null) {
      json.writeArrayFieldStart("setFindings");
      for (SetFinding finding : setFindings) {
        ReportObject.writeSetFinding(json, finding);
      }
      json.writeEndArray();
    }
    if (leftOut != null) {
      json.writeArrayFieldStart("leftOut");
      for (Exclusion exclusion : leftOut) {
        json.writeStartObject();
        json.writeStringField("source", exclusion.source());
        json.writeStringField("reason", exclusion.reason().name());
        json.writeStringField("message", exclusion.message(leftOutLocale));
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeArrayFieldStart("errors");
    for (CheckError error : errors) {
      json.writeStartObject();
      json.writeStringField("source", error.source());
      json.writeStringField("message", error.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw("\n");
    json.flush();
  }

  private void requireOpen() {
    if (finished) {
      throw new IllegalStateException("the findings JSON document is already finished");
    }
  }
}
